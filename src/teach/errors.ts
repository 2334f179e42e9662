import { ApiError } from './api.ts'
import type { Strings } from './i18n.ts'

/**
 * A failure worded for the teacher, in the page's language: one sentence saying what happened and
 * what to do. The API's `detail` is for developers and never shown.
 */
export function errorText(err: unknown, t: Strings, number: (n: number) => string): string {
  const e = t.errors
  if (!(err instanceof ApiError)) return e.other(number(0))
  if (err.status === 0) return e.network
  switch (err.code) {
    case 'unauthorized':
      return err.keyRejected ? e.keyWrong : e.keyMissing
    case 'class-not-found':
      return e.classNotFound
    case 'assignment-not-found':
      return e.assignmentNotFound
    case 'quiz-not-found':
      return e.quizNotFound
    case 'rate-limited':
      return err.retryAfter ? e.rateLimited(number(Math.max(1, Math.ceil(err.retryAfter / 60)))) : e.rateLimitedSoon
    case 'validation-failed': {
      const fields = Array.isArray(err.problem?.errors) ? (err.problem.errors as { path?: unknown }[]) : []
      // An unknown quiz id (or one another class owns) is a 422 at `quizId`.
      if (fields.some((f) => f.path === 'quizId')) return e.quizNotFound
      return fields.some((f) => f.path === 'dueAt' || f.path === 'opensAt') ? e.dates : e.invalid
    }
    case 'bad-request':
    case 'invalid-json':
    case 'payload-too-large':
      return e.invalid
  }
  if (err.status === 401) return err.keyRejected ? e.keyWrong : e.keyMissing
  if (err.status >= 500) return e.server
  return e.other(number(err.status))
}
