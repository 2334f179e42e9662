import { LANGS } from '../core/langs.ts'
import { pickText, quizLangs, quizTitle, servedLang } from '../core/localized.ts'
import type { QuizSummary } from '../core/public-quiz.ts'
import { isId } from '../core/quiz-ids.ts'
import { isPublicQuiz, type Lang, type Quiz, type Visibility } from '../core/quiz-schema.ts'
import { catalogFiles } from './catalog-files.ts'
import { lazyModule } from './lazy-modules.ts'
import type { AskedLang, ServedQuizRecord } from './served-quiz-record.ts'
import { authoredToQuiz, getAuthoredQuizOwner, getCurrentAuthoredQuiz, getLatestAuthoredQuiz, listAuthoredQuizSummaries } from './db/quizzes.ts'

/**
 * Where the API gets quizzes from: the catalog bundled with the Worker (`questions/`, parsed once
 * per isolate), then quizzes authored through the API and stored in D1. A file quiz wins an id clash.
 */

// The catalog, the core's quiz parser and its projection for takers: imported on first use, as the
// projection brings the lexicons of numbers and units (lazy-modules.ts).
const quizCore = lazyModule(async () => {
  const [quizSources, { parseQuiz }, { toPublicQuiz, toQuizSummary }] = await Promise.all([
    catalogFiles(),
    import('../core/parse-quiz.ts'),
    import('../core/public-quiz.ts'),
  ])
  const bundled = new Map<string, Quiz>()
  for (const source of quizSources) {
    // `npm run check:questions` ran the content checks in CI; a cold isolate only parses.
    const quiz = parseQuiz(source.file, source.articleText, `questions/${source.id}/quiz.json`)
    bundled.set(quiz.id, quiz)
  }
  return { bundled, toPublicQuiz, toQuizSummary }
})

async function bundledQuizzes(): Promise<Map<string, Quiz>> {
  return (await quizCore()).bundled
}

/** The catalog's quizzes, parsed (for scripts/build-served-catalog.ts). */
export async function catalogQuizzes(): Promise<Quiz[]> {
  return [...(await bundledQuizzes()).values()]
}

/** One page of a quiz list, and the id the next page starts after (null on the last page). */
export type QuizPage<T> = { quizzes: T[]; nextAfterId: string | null }

/** One page of the public quiz list. */
export type QuizSummaryPage = QuizPage<QuizSummary>

/**
 * A page of the list a taker sees: the public quizzes (a classroom quiz is served only through its
 * assignments) by id, the catalog's and those authored through the API together, at most `limit`
 * of them after `afterId`; titles in `lang` where a quiz has it, else in its own (each summary's
 * `lang` says which). Authored quizzes are summarised by D1 from the stored JSON and `langs`
 * column: their bodies are neither read nor parsed.
 */
export async function listQuizSummaries(env: Env, page: { lang?: Lang; servedIn?: Lang; limit: number; afterId?: string }): Promise<QuizSummaryPage> {
  const { lang, servedIn, limit, afterId } = page
  const { bundled: files, toQuizSummary } = await quizCore()
  const catalog = [...files.values()]
    .filter((quiz) => isPublicQuiz(quiz) && (afterId === undefined || quiz.id > afterId))
    .filter((quiz) => servedIn === undefined || quizLangs(quiz).includes(servedIn))
    .map((quiz) => toQuizSummary(quiz, lang))
  const authored = (await listAuthoredQuizSummaries(env.DB, { publicOnly: true, servedIn, afterId, excludeIds: [...files.keys()], limit: limit + 1 })).map(
    (row): QuizSummary => {
      const shown = servedLang(row.langs, lang)
      return { id: row.id, title: pickText(row.title, shown, row.lang), lang: shown, langs: row.langs, questionCount: row.questionCount, version: row.version }
    },
  )
  return pageOf([...catalog, ...authored], limit)
}

/**
 * The page of the catalog's and the authored quizzes after the same id, each list holding at most
 * `limit + 1`: both are short of that only when they are exhausted, so the first `limit` by id of
 * the two merged are the page.
 */
function pageOf<T extends { id: string }>(quizzes: T[], limit: number): QuizPage<T> {
  const merged = quizzes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const page = merged.slice(0, limit)
  return { quizzes: page, nextAfterId: merged.length > limit ? page[page.length - 1]!.id : null }
}

/** What an author's list shows of a quiz they may edit: no body, no keys. */
export type QuizSourceSummary = {
  id: string
  version: number
  /** In the quiz's own language. */
  title: string
  lang: Lang
  /** The languages it is served in, its own first (`quizLangs`). */
  langs: Lang[]
  visibility: Visibility
  origin: 'file' | 'api'
  /** File quizzes change by a redeploy only. */
  readOnly: boolean
  ownerClassId: string | null
  questionCount: number
  stale: string[]
  /** When the current version was saved; null for a file quiz. */
  updatedAt: string | null
}

/**
 * A page of the quizzes an author may edit, by id, at most `limit` after `afterId`. With
 * `ownerClassId`, the live quizzes that class owns; without (the editor), every quiz: the catalog's
 * (read-only) and every live authored quiz, public or classroom, together. Authored quizzes are
 * summarised by D1, their bodies left unread.
 */
export async function listQuizSources(env: Env, page: { ownerClassId?: string; limit: number; afterId?: string }): Promise<QuizPage<QuizSourceSummary>> {
  const { ownerClassId, limit, afterId } = page
  const files = await bundledQuizzes()
  const catalog =
    ownerClassId === undefined
      ? [...files.values()]
          .filter((quiz) => afterId === undefined || quiz.id > afterId)
          .map(
            (quiz): QuizSourceSummary => ({
              id: quiz.id,
              version: quiz.version,
              title: pickText(quiz.title, quiz.lang),
              lang: quiz.lang,
              langs: quizLangs(quiz),
              visibility: quiz.visibility,
              origin: 'file',
              readOnly: true,
              ownerClassId: null,
              questionCount: quiz.questions.length,
              stale: [],
              updatedAt: null,
            }),
          )
      : []
  const authored = (await listAuthoredQuizSummaries(env.DB, { ownerClassId, afterId, excludeIds: [...files.keys()], limit: limit + 1 })).map(
    (row): QuizSourceSummary => ({
      id: row.id,
      version: row.version,
      title: pickText(row.title, row.lang),
      lang: row.lang,
      langs: row.langs,
      visibility: row.visibility,
      origin: 'api',
      readOnly: false,
      ownerClassId: row.ownerClassId,
      questionCount: row.questionCount,
      stale: row.stale,
      updatedAt: row.updatedAt,
    }),
  )
  return pageOf([...catalog, ...authored], limit)
}

/**
 * The quiz with this id (a file quiz, else the current version of an authored one), or null: at once
 * for what is not an id (a path's over-long or misspelt segment), which no stored quiz has.
 */
export async function getQuiz(env: Env, quizId: string): Promise<Quiz | null> {
  if (!isId(quizId)) return null
  return (await bundledQuizzes()).get(quizId) ?? (await getCurrentAuthoredQuiz(env.DB, quizId))
}

/** Whether the catalog (`questions/`) has a quiz with this id: the front Worker serves its readers from its served catalog. */
export async function isCatalogQuiz(quizId: string): Promise<boolean> {
  return (await bundledQuizzes()).has(quizId)
}

/**
 * The class that owns the quiz with this id (created with its teacher key), or null: an editor's
 * quiz, a file quiz (which wins an id clash), or an id never used.
 */
export async function getQuizOwner(env: Env, quizId: string): Promise<string | null> {
  return (await bundledQuizzes()).has(quizId) ? null : await getAuthoredQuizOwner(env.DB, quizId)
}

/**
 * The quiz of an assignment: its current version, or, when an editor deleted it since (deletes are
 * soft), its last stored version, so assignments keep working while the public endpoints answer 404.
 * Null only when the id was never used.
 */
export async function getAssignedQuiz(env: Env, quizId: string): Promise<Quiz | null> {
  const current = await getQuiz(env, quizId)
  if (current || !isId(quizId)) return current
  const last = await getLatestAuthoredQuiz(env.DB, quizId)
  return last ? authoredToQuiz(last) : null
}

/** A quiz as `GET /v1/quizzes/:quizId` serves it in one language: its JSON body and strong ETag. */
export type ServedQuiz = {
  /** `toPublicQuiz(quiz, lang)` serialised. */
  body: string
  /** The quoted hex SHA-256 of `body`, as `strongEtag()` would compute it. */
  etag: string
  /** The language served (the one asked for when the quiz has it, else its own): `Content-Language`. */
  lang: Lang
}

// Per quiz version and requested language (`own`: none asked for). A version is one `Quiz` object
// per isolate (bundled quizzes are parsed once; db/quizzes.ts hands back the same object while a
// stored version is current), so a new version gets new entries and the old ones go with their
// object. Keyed by the language asked for, so a hit does not even work out the language served
// (`quizLangs` walks every string of the quiz).
const served = new WeakMap<Quiz, Map<Lang | 'own', Promise<ServedQuiz>>>()

/**
 * The public body and ETag of `quiz` in `lang` (else its own language), projected, serialised and
 * hashed once per quiz version and language in an isolate instead of on every request.
 */
export function servedQuiz(quiz: Quiz, lang?: Lang): Promise<ServedQuiz> {
  let byLang = served.get(quiz)
  if (!byLang) served.set(quiz, (byLang = new Map()))
  let entry = byLang.get(lang ?? 'own')
  if (!entry) {
    const shown = servedLang(quizLangs(quiz), lang)
    // Asking for the language served and asking for an absent one share one entry.
    entry = byLang.get(shown) ?? serve(quiz, shown)
    byLang.set(shown, entry)
    byLang.set(lang ?? 'own', entry)
  }
  return entry
}

async function serve(quiz: Quiz, lang: Lang): Promise<ServedQuiz> {
  const { toPublicQuiz } = await quizCore()
  const body = JSON.stringify(toPublicQuiz(quiz, lang))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)))
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return { body, etag: `"${hex}"`, lang }
}

const ASKED: readonly AskedLang[] = ['own', ...LANGS]
const langOf = (asked: AskedLang): Lang | undefined => (asked === 'own' ? undefined : asked)

/**
 * `quiz` as readers are served it in every language asked for (served-quiz-record.ts): the served
 * catalog's entries (scripts/build-served-catalog.ts) and the store's records of public authored
 * quizzes (db/served-quizzes.ts).
 */
export async function servedQuizRecord(quiz: Quiz): Promise<ServedQuizRecord> {
  const served = await Promise.all(ASKED.map(async (asked) => [asked, await servedQuiz(quiz, langOf(asked))] as const))
  return {
    id: quiz.id,
    lang: quiz.lang,
    public: isPublicQuiz(quiz),
    servedLangs: Object.fromEntries(served.map(([asked, { lang }]) => [asked, lang])) as ServedQuizRecord['servedLangs'],
    served: Object.fromEntries(served.map(([, body]) => [body.lang, body])),
    titles: Object.fromEntries(ASKED.map((asked) => [asked, quizTitle(quiz, langOf(asked))])) as ServedQuizRecord['titles'],
  }
}
