/**
 * localStorage that never throws: private modes, full quotas and sandboxed frames without storage
 * only lose persistence, never the quiz.
 */
export function load<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

export function save(key: string, value: unknown): void {
  try {
    if (value == null) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Quota or disabled storage: the session keeps working without persistence.
  }
}

/** Progress of a quiz is kept per quiz version: a new version has other questions or keys. */
export function quizKey(quizId: string, version: number): string {
  return `fahm:q:${quizId}:${version}`
}

/**
 * Forgets the saved progress of a quiz's older versions: their questions or keys differ, so their
 * answers are never shown again and need not fill the reader's storage.
 */
export function dropOlderVersions(quizId: string, version: number): void {
  for (let older = version; --older > 0; ) save(quizKey(quizId, older), null)
}

/** The language quiz `quizId` came in last: its strings load beside it next time, before it says so. */
export function quizLangKey(quizId: string): string {
  return `fahm:l:${quizId}`
}

/** A classroom attempt in progress (its idempotency key, start time, name and answers). */
export function attemptKey(code: string): string {
  return `fahm:a:${code}`
}

/** The language a reader chose with the switch, for every quiz of the site. */
export const LANG_KEY = 'fahm:lang'
