import { quizSources } from '../../questions/index.ts'
import { loadQuiz } from '../core/load-quiz.ts'
import type { Quiz } from '../core/quiz-schema.ts'

/**
 * Where the API gets quizzes from. Today only the catalog bundled with the Worker (`questions/`),
 * parsed once per isolate; both functions take `env` so quizzes stored in D1 can join them.
 */

let bundled: Map<string, Quiz> | undefined

function bundledQuizzes(): Map<string, Quiz> {
  if (!bundled) {
    const quizzes = new Map<string, Quiz>()
    for (const source of quizSources) {
      const quiz = loadQuiz(source.file, source.articleText, { fileName: `questions/${source.id}/quiz.json` })
      quizzes.set(quiz.id, quiz)
    }
    bundled = quizzes
  }
  return bundled
}

/** Every quiz a taker can open, in catalog order. */
export async function listQuizzes(_env: Env): Promise<Quiz[]> {
  return [...bundledQuizzes().values()]
}

/** The quiz with this id, or null. */
export async function getQuiz(_env: Env, quizId: string): Promise<Quiz | null> {
  return bundledQuizzes().get(quizId) ?? null
}
