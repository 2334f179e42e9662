import { answeredStatement, statementFromEvent, type FromEventOptions, type QuizForStatements, type XapiAgent, type XapiStatement } from '../core/xapi.ts'

/**
 * `public/xapi.js`: turns the widget's `fahm:answer` events into xAPI `answered` statements on the
 * host page. Exposes `window.FahmXAPI`:
 *
 * ```html
 * <script src="https://fahm.example/xapi.js"></script>
 * <script>
 *   FahmXAPI.listen(document, {
 *     actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'student-7' } },
 *     send: (statement) => fetch(LRS + '/statements', { method: 'POST', headers, body: JSON.stringify(statement) }),
 *   })
 * </script>
 * ```
 */

// The origin this script was loaded from is the fahm server: activity ids and API calls use it.
const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null
const defaultOrigin = script?.src ? new URL(script.src).origin : typeof location !== 'undefined' ? location.origin : ''

type Options = Partial<FromEventOptions>

/**
 * Fetches the quiz in each language it has (`langs`: its own, then a translation), for language maps
 * with every language in the statements; a quiz in one language is fetched once.
 */
async function loadQuizzes(quizId: string, api: string = defaultOrigin): Promise<QuizForStatements[]> {
  const base = api.replace(/\/+$/, '')
  const get = async (lang?: string) => {
    const res = await fetch(`${base}/v1/quizzes/${encodeURIComponent(quizId)}${lang ? `?lang=${lang}` : ''}`)
    if (!res.ok) throw new Error(`fahm: GET quiz ${quizId} (${lang ?? 'own language'}) answered ${res.status}`)
    return (await res.json()) as QuizForStatements
  }
  const own = await get()
  const translations = (own.langs ?? []).filter((lang) => lang !== own.lang)
  return [own, ...(await Promise.all(translations.map(get)))]
}

type ListenOptions = Options & {
  /** Receives each statement, e.g. to POST it to a Learning Record Store. */
  send: (statement: XapiStatement) => unknown
  /** Fetch each quiz once in every language it has (default true). */
  loadQuizzes?: boolean
  actor?: XapiAgent
}

/** Listens for `fahm:answer` on `target` (the document or a widget element); returns a function that stops. */
function listen(target: EventTarget, options: ListenOptions): () => void {
  const cache = new Map<string, Promise<QuizForStatements[]>>()
  const quizzesFor = (quizId: string) => {
    if (options.quizzes || options.loadQuizzes === false) return Promise.resolve(options.quizzes ?? [])
    let found = cache.get(quizId)
    if (!found) {
      found = loadQuizzes(quizId, options.origin).catch(() => [])
      cache.set(quizId, found)
    }
    return found
  }
  const handler = (event: Event) => {
    const detail = (event as CustomEvent).detail as { quizId?: unknown } | undefined
    if (!detail || typeof detail.quizId !== 'string') return
    const timestamp = new Date().toISOString()
    void quizzesFor(detail.quizId).then((quizzes) => options.send(fromEvent(event as CustomEvent, { ...options, quizzes, timestamp })))
  }
  target.addEventListener('fahm:answer', handler)
  return () => target.removeEventListener('fahm:answer', handler)
}

function fromEvent(event: { detail: unknown }, options: Options = {}): XapiStatement {
  return statementFromEvent(event, { ...options, origin: options.origin ?? defaultOrigin })
}

const api = { statementFromEvent: fromEvent, answeredStatement, loadQuizzes, listen }
;(globalThis as { FahmXAPI?: typeof api }).FahmXAPI = api
