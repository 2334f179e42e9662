import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'

/**
 * The runner of the readers' answer tables (grade-readers*.test.ts): quizzes drafted from articles
 * and frozen, and per question the answers readers typed, right and wrong.
 */

/** A question's answers as readers typed them: each right one must be accepted, each wrong one refused. */
export type ReaderAnswers = { right: string[]; wrong: string[] }

/** A frozen draft: the quiz file as the drafter wrote it, with its article's text. */
export type FrozenDraft = { articleText: string } & Record<string, unknown>

/** Loads each frozen draft once, by article name. */
export function frozenQuizzes(drafts: Record<string, FrozenDraft>): (article: string) => Quiz {
  const quizzes = new Map<string, Quiz>()
  return (article) => {
    let quiz = quizzes.get(article)
    if (!quiz) {
      const { articleText, ...draft } = drafts[article]!
      quiz = loadQuiz({ ...draft, article: 'article.txt' }, articleText)
      quizzes.set(article, quiz)
    }
    return quiz
  }
}

/**
 * The table's tests: every quiz of `tabled` has answers for each of its graded questions (so a
 * drafter change cannot leave a question untested), and each answer gets its verdict.
 */
export function describeReaderAnswers(
  name: string,
  quizOf: (article: string) => Quiz,
  tabled: readonly string[],
  answers: Record<string, Record<string, ReaderAnswers>>,
): void {
  describe(`the ${name} load, and every graded question has its answers`, () => {
    it.each(tabled)('%s', (article) => {
      const quiz = quizOf(article)
      const graded = quiz.questions.filter((q) => q.type === 'numeric' || q.type === 'text' || q.type === 'boolean')
      expect(graded.map((q) => q.id).sort()).toEqual(Object.keys(answers[article]!).sort())
    })
  })
  describeAnswerVerdicts(quizOf, answers)
}

/** Each answer's verdict, a describe per article: the right ones accepted, the wrong ones refused. */
export function describeAnswerVerdicts(quizOf: (article: string) => Quiz, answers: Record<string, Record<string, ReaderAnswers>>): void {
  for (const [article, questions] of Object.entries(answers)) {
    describe(`readers' answers to the quiz drafted from ${article}`, () => {
      const rows = Object.entries(questions).flatMap(([id, { right, wrong }]) => [
        ...right.map((answer): [string, string, boolean] => [id, answer, true]),
        ...wrong.map((answer): [string, string, boolean] => [id, answer, false]),
      ])
      it.each(rows)('%s: %j is right: %s', (id, answer, right) => {
        const quiz = quizOf(article)
        const question = quiz.questions.find((q) => q.id === id)
        expect(question, id).toBeDefined()
        expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
      })
    })
  }
}

/** A choice question answered by choice id, as the widget sends it, and whether that is right. */
export type ChoiceAnswer = [article: string, questionId: string, answer: string | string[], right: boolean]

/**
 * The choice questions of `tabled`, answered by choice id: the table names every single and multiple
 * choice question of the quizzes (so none goes untested), and each answer gets its verdict.
 */
export function describeChoiceAnswers(name: string, quizOf: (article: string) => Quiz, tabled: readonly string[], choices: readonly ChoiceAnswer[]): void {
  describe(`the ${name} choice questions, answered by choice id`, () => {
    it('covers every choice question of the quizzes', () => {
      const asked = tabled.flatMap((article) =>
        quizOf(article)
          .questions.filter((q) => q.type === 'single' || q.type === 'multiple')
          .map((q) => `${article}/${q.id}`),
      )
      expect([...new Set(choices.map(([article, id]) => `${article}/${id}`))].sort()).toEqual(asked.sort())
    })
    it.each(choices)('%s %s: %j is right: %s', (article, id, answer, right) => {
      const quiz = quizOf(article)
      const question = quiz.questions.find((q) => q.id === id)
      expect(question, id).toBeDefined()
      expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
    })
  })
}
