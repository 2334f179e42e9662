import { WorkerEntrypoint } from 'cloudflare:workers'
import type { Answers } from '../core/answers.ts'
import type { Lang, Question, Quiz, QuizFile } from '../core/quiz-schema.ts'
import { grader } from './grader.ts'

/**
 * The grader Worker (wrangler.grader.toml): everything that reads what people write in natural
 * language, with its lexicons of numbers, units, dates and places — grading and its feedback, the
 * content checks that read a quiz's keys, and the exports' writers, which describe the keys
 * (grader.ts). The app Worker (wrangler.toml) answers the routes — validation, the database,
 * problems — and asks this Worker over its service binding `GRADER` (RPC calls, in the same thread
 * when both run on one machine). So the app starts without compiling the lexicons, which were two
 * fifths of its start-up (`npm run bench:start-parts`). It holds no zod: it is handed quizzes the app
 * parsed. Nobody reaches it from the internet: no route, no workers.dev URL.
 */
export default class Grader extends WorkerEntrypoint {
  gradeAnswers(quiz: Pick<Quiz, 'questions'>, answers: Answers, lang: Lang) {
    return grader.gradeAnswers(quiz, answers, lang)
  }

  checkAnswer(question: Question, answer: unknown, lang: Lang, quiz?: readonly Question[]) {
    return grader.checkAnswer(question, answer, lang, quiz)
  }

  languageIssues(quiz: QuizFile, fileName: string) {
    return grader.languageIssues(quiz, fileName)
  }

  gift(quiz: Quiz, lang: Lang) {
    return grader.gift(quiz, lang)
  }

  qtiPackage(quiz: Quiz, lang: Lang) {
    return grader.qtiPackage(quiz, lang)
  }

  /** Not a web service: a request that reaches it by fetch finds nothing. */
  override fetch(): Response {
    return new Response(null, { status: 404 })
  }
}
