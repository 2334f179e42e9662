import { problem } from './problem.ts'

/**
 * The 401 of a bearer credential (RFC 6750): a `WWW-Authenticate` challenge naming the realm, and
 * `error="invalid_token"` when a credential was sent but is not valid. Every route behind a key
 * answers through here, so a client sees one challenge per realm whichever check refused it.
 */

/** The realm of class teacher keys (`POST /v1/classes`). */
export const TEACHER_REALM = 'fahm-teacher'

/** The `WWW-Authenticate` header of a 401 in `realm`. */
export function bearerChallenge(realm: string, { invalidToken = false } = {}): Record<string, string> {
  return { 'WWW-Authenticate': `Bearer realm="${realm}"${invalidToken ? ', error="invalid_token"' : ''}` }
}

/** Answers 401: no credential was sent (`detail` says which one to send). */
export function refuseMissingCredential(realm: string, detail: string): never {
  problem('unauthorized', detail, { headers: bearerChallenge(realm) })
}

/** Answers 401: the credential sent is not (or no longer) valid. */
export function refuseInvalidCredential(realm: string, detail: string): never {
  problem('unauthorized', detail, { headers: bearerChallenge(realm, { invalidToken: true }) })
}

/** Answers 401 for a teacher key that is not (or no longer) a class's key. */
export function refuseTeacherKey(): never {
  refuseInvalidCredential(TEACHER_REALM, 'The teacher key is not valid.')
}
