import { FULL } from './flags.ts'
import type { Answer, Assignment, Attempt, Grade, Lang, Quiz, Result } from './types.ts'

/** A failed request: `status` 0 means the network failed; the message is the problem+json `detail`. */
export class ApiError extends Error {
  declare status: number
  /** The problem's `code` (`max-attempts-reached`…), for a message in the reader's language. */
  declare code?: string
  constructor(status: number, detail: string, code?: string) {
    super(detail)
    this.status = status
    this.code = code
  }
}

export type ApiOptions = {
  /** Delays before each retry of a read, in ms; writes are never retried automatically. */
  backoff?: number[]
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The fahm API at `base` (the URL widget.js was served from, e.g. `https://fahm.example/`). */
export function createApi(base: string, { backoff = [400, 1200] }: ApiOptions = {}) {
  async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
    let res: Response
    try {
      res = await fetch(new URL(path, base), init)
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err
      throw new ApiError(0, '')
    }
    if (res.ok) return (await res.json()) as T
    let body: { detail?: string; code?: string } = {}
    try {
      body = await res.json()
    } catch {
      // Not problem+json (a proxy's error page): status alone.
    }
    throw new ApiError(res.status, body.detail ?? '', body.code)
  }

  /** GET with retries on network failures and 5xx, waiting `backoff[i]` before retry i. */
  async function read<T>(path: string, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send<T>(path, { signal })
      } catch (error) {
        const status = error instanceof ApiError ? error.status : -1
        if (attempt >= backoff.length || !(status === 0 || status >= 500)) throw error
        await wait(backoff[attempt]!)
        if (signal?.aborted) throw error
      }
    }
  }

  const post = <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
    send<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  const quizPath = (id: string) => `v1/quizzes/${encodeURIComponent(id)}`
  const langQuery = (lang?: Lang) => (lang ? `?lang=${lang}` : '')
  const assignmentPath = (code: string) => `v1/assignments/${encodeURIComponent(code)}`

  // The classroom calls: widget-full.js only.
  const classroom = {
    assignment: (code: string, signal?: AbortSignal) => read<Assignment>(assignmentPath(code), signal),
    /** The assignment's quiz; shuffled by the server (seeded with `seed`) when the assignment says so. */
    asgQuiz: (code: string, lang: Lang | undefined, seed = '', signal?: AbortSignal) =>
      read<Quiz>(`${assignmentPath(code)}/quiz?seed=${encodeURIComponent(seed)}${lang ? '&lang=' + lang : ''}`, signal),
    /** The attempt, graded with its feedback in `lang` (the quiz's language as shown). */
    submit: (
      code: string,
      key: string,
      body: { name?: string; studentCode?: string; deviceId?: string; answers: Record<string, Answer>; startedAt: string },
      lang: Lang,
    ) => post<Attempt>(`${assignmentPath(code)}/attempts${langQuery(lang)}`, body, { 'Idempotency-Key': key }),
    /** The roster name of a personal code, for "is this you?". */
    student: (code: string, studentCode: string) => read<{ name: string }>(`${assignmentPath(code)}/students/${encodeURIComponent(studentCode)}`),
  }

  return {
    ...(FULL ? classroom : ({} as typeof classroom)),
    quiz: (id: string, lang?: Lang, signal?: AbortSignal) => read<Quiz>(quizPath(id) + langQuery(lang), signal),
    check: (id: string, questionId: string, answer: Answer, lang: Lang) =>
      post<Result>(`${quizPath(id)}/questions/${encodeURIComponent(questionId)}/check${langQuery(lang)}`, { answer }),
    grade: (id: string, answers: Record<string, Answer>, lang: Lang) => post<Grade>(`${quizPath(id)}/grade${langQuery(lang)}`, { answers }),
  }
}

export type Api = ReturnType<typeof createApi>
