import { quizTitle } from '../core/localized.ts'
import type { Quiz } from '../core/quiz-schema.ts'
import { putServedQuizRecord } from './db/served-quizzes.ts'
import type { EmbeddedQuiz } from './embed-quiz.ts'
import type { ExecutionContextOfRequest } from './execution-context.ts'
import { SERVED_BUILD } from './generated/served-catalog.ts'
import { lazyModule } from './lazy-modules.ts'
import type { ServedQuiz } from './quiz-store.ts'
import type { AskedLang } from './served-quiz-record.ts'

/**
 * A public quiz as the app serves it to readers: what `GET /v1/quizzes/:quizId` serves
 * (routes/reader-quiz.ts) and what an embed shows of it (routes/embed.ts, routes/oembed.ts), from the
 * store; a classroom quiz is as unknown here as a missing one. The front Worker answers these readers
 * itself — a catalog quiz from its served catalog (served-catalog.ts, which the build computed with the
 * store's own code, so the app does not bundle it), an authored quiz from its record — and hands the
 * app the rest. Serving a public authored quiz keeps its record (db/served-quizzes.ts), from which the
 * front serves its next readers.
 */

// The store and the quiz schema (its zod): imported on first use.
const quizStore = lazyModule(() => Promise.all([import('./quiz-store.ts'), import('../core/quiz-schema.ts')]))

/** What a reader is served of the public quiz with this id in a language asked for, or null. */
export async function servedToReader(env: Env, quizId: string, asked: AskedLang, ctx?: ExecutionContextOfRequest): Promise<ServedQuiz | null> {
  const [{ getQuiz, servedQuiz, isCatalogQuiz }, { isPublicQuiz }] = await quizStore()
  const quiz = await getQuiz(env, quizId)
  if (!quiz || !isPublicQuiz(quiz)) return null
  // A catalog quiz's record is the front's served catalog: only an authored quiz's is kept.
  if (!(await isCatalogQuiz(quiz.id))) await keepRecord(env, quiz, ctx)
  return servedQuiz(quiz, asked === 'own' ? undefined : asked)
}

/** The public quiz with this id as an embed shows it, or null. */
export async function publicQuiz(env: Env, quizId: string, ctx?: ExecutionContextOfRequest): Promise<EmbeddedQuiz | null> {
  const [{ getQuiz, isCatalogQuiz }, { isPublicQuiz }] = await quizStore()
  const quiz = await getQuiz(env, quizId)
  if (!quiz || !isPublicQuiz(quiz)) return null
  if (!(await isCatalogQuiz(quiz.id))) await keepRecord(env, quiz, ctx)
  return { id: quiz.id, lang: quiz.lang, title: (lang) => quizTitle(quiz, lang) }
}

/**
 * Keeps the record of the public quiz with this id after an editor's save (routes/editor), after the
 * response when there is an execution context: so even its first reader is the front Worker's.
 */
export async function keepRecordAfterSave(env: Env, quizId: string, ctx?: ExecutionContextOfRequest): Promise<void> {
  await afterResponse(
    ctx,
    (async () => {
      const [{ getQuiz }, { isPublicQuiz }] = await quizStore()
      const quiz = await getQuiz(env, quizId)
      if (quiz && isPublicQuiz(quiz)) await writeRecord(env, quiz)
    })(),
  )
}

/**
 * Keeps the record of a public quiz from the store (db/served-quizzes.ts), after the response when
 * there is an execution context. The front Worker asks the app for the quiz only while it finds no
 * record of the current version and build, and the write changes nothing when the record is there
 * already, so a read costs a write only after a deploy (a save keeps the record itself).
 */
async function keepRecord(env: Env, quiz: Quiz, ctx: ExecutionContextOfRequest | undefined): Promise<void> {
  await afterResponse(ctx, writeRecord(env, quiz))
}

/** Writes the record. A failure is logged, not the reader's: the front then hands the quiz's readers to the app. */
async function writeRecord(env: Env, quiz: Quiz): Promise<void> {
  try {
    const [{ servedQuizRecord }] = await quizStore()
    await putServedQuizRecord(env.DB, await servedQuizRecord(quiz), quiz.version, SERVED_BUILD)
  } catch (error) {
    console.error('served_quizzes: could not keep the record of', quiz.id, error)
  }
}

/** `work` after the response (`waitUntil`) when there is an execution context, else awaited. */
async function afterResponse(ctx: ExecutionContextOfRequest | undefined, work: Promise<void>): Promise<void> {
  if (ctx) ctx.waitUntil(work.catch((error: unknown) => console.error('served_quizzes:', error)))
  else await work
}
