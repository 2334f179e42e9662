import type { Answers } from '../core/answers.ts'
import type { ContentIssue } from '../core/content-issue.ts'
import type { CheckOutcome, GradeOutcome } from '../core/grade-answers.ts'
import type { Lang, Question, Quiz, QuizFile } from '../core/quiz-schema.ts'
import { lazyModule } from '../worker/lazy-modules.ts'
import { knownQuestions } from './known-questions.ts'

// Each part is evaluated on its first call, not at start-up: a new isolate only compiles it
// (src/worker/lazy-modules.ts).
const grading = lazyModule(() => import('../core/grade-answers.ts'))
const languageChecks = lazyModule(() => import('../core/language-checks.ts'))
const giftWriter = lazyModule(() => import('../core/export/gift.ts'))
const qtiWriter = lazyModule(() => import('../core/export/qti.ts'))

/**
 * What the grader Worker answers (index.ts), as plain functions of the core: the RPC methods the app
 * calls over its service binding `GRADER`, each handed values the app parsed and giving back values
 * (no classes, no errors thrown for bad answers: they come back as outcomes). Questions are graded as
 * the objects first handed with the same content (known-questions.ts), so that the grader's caches
 * serve every call. Node runs the same
 * functions in-process where the app does (tests/e2e/deploy-bundle.test.ts's source app).
 */
export const grader = {
  /** A set of answers graded against the quiz's questions, or every answer that cannot be (core/grade-answers.ts). */
  async gradeAnswers(quiz: Pick<Quiz, 'questions'>, answers: Answers, lang: Lang): Promise<GradeOutcome> {
    return (await grading()).gradeAnswers({ questions: knownQuestions(quiz.questions) }, answers, lang)
  },

  /** One answer to one question graded, or what is wrong with its shape or choices (core/grade-answers.ts). */
  async checkAnswer(question: Question, answer: unknown, lang: Lang, quiz?: readonly Question[]): Promise<CheckOutcome> {
    // The question as the quiz's known questions hold it, so that both hit the grader's caches.
    const questions = knownQuestions(quiz ?? [question])
    const known = questions.find(({ id }) => id === question.id) ?? question
    return (await grading()).checkAnswer(known, answer, lang, quiz && questions)
  },

  /** The issues of the content checks that read a parsed quiz's language (core/language-checks.ts). */
  async languageIssues(quiz: QuizFile, fileName: string): Promise<ContentIssue[]> {
    return (await languageChecks()).languageIssues(quiz, fileName)
  },

  /** The quiz in Moodle's GIFT format, its strings in `lang` (core/export/gift.ts). */
  async gift(quiz: Quiz, lang: Lang): Promise<string> {
    return (await giftWriter()).quizToGift(quiz, { lang })
  },

  /** The quiz as an IMS QTI 3.0 content package, a zip (core/export/qti.ts). */
  async qtiPackage(quiz: Quiz, lang: Lang): Promise<Uint8Array> {
    return (await qtiWriter()).quizToQtiPackage(quiz, { lang })
  },
}

export type Grader = typeof grader
