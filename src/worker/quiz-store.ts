import { quizSources } from '../../questions/index.ts'
import { loadQuiz } from '../core/load-quiz.ts'
import type { Quiz } from '../core/quiz-schema.ts'
import { authoredToQuiz, getAuthoredQuiz, listAuthoredQuizzes } from './db/quizzes.ts'

/**
 * Where the API gets quizzes from: the catalog bundled with the Worker (`questions/`, parsed once
 * per isolate), then quizzes authored through the API and stored in D1. A file quiz wins an id clash.
 */

let bundled: Map<string, Quiz> | undefined

function bundledQuizzes(): Map<string, Quiz> {
  if (!bundled) {
    const quizzes = new Map<string, Quiz>()
    for (const source of quizSources) {
      // `npm run check:questions` ran the content checks in CI; a cold isolate only parses.
      const quiz = loadQuiz(source.file, source.articleText, { fileName: `questions/${source.id}/quiz.json`, checks: false })
      quizzes.set(quiz.id, quiz)
    }
    bundled = quizzes
  }
  return bundled
}

/** Every quiz a taker can open: the catalog in its order, then quizzes authored through the API (D1) by id. */
export async function listQuizzes(env: Env): Promise<Quiz[]> {
  const files = bundledQuizzes()
  const authored = (await listAuthoredQuizzes(env.DB)).filter((row) => !files.has(row.id)).map(authoredToQuiz)
  return [...files.values(), ...authored]
}

/** The quiz with this id (a file quiz, else the current version of an authored one), or null. */
export async function getQuiz(env: Env, quizId: string): Promise<Quiz | null> {
  const file = bundledQuizzes().get(quizId)
  if (file) return file
  const row = await getAuthoredQuiz(env.DB, quizId)
  return row ? authoredToQuiz(row) : null
}
