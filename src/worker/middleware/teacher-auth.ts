import type { MiddlewareHandler } from 'hono'
import { findClassByKeyHash, getClass, type ClassRow } from '../db/classes.ts'
import { constantTimeEqual, hashKey } from '../crypto.ts'
import { problem } from '../problem.ts'
import { refuseMissingCredential, refuseTeacherKey, TEACHER_REALM } from '../bearer-challenge.ts'

/**
 * Teachers authenticate with the key `POST /v1/classes` returned once: `Authorization: Bearer <key>`.
 * Only its SHA-256 is stored. A missing or unknown key is 401; a valid key of another class gets the
 * same 404 as a class that does not exist, so it learns nothing about other classes.
 */

export type TeacherAuthEnv = { Bindings: Env; Variables: { teacherClass: ClassRow } }

/** `Bearer <key>`, the scheme in any case (RFC 9110 §11.1: `bearer` is the same scheme). */
const BEARER = /^Bearer[ \t]+([A-Za-z0-9_-]{20,100})[ \t]*$/i

/**
 * Requires the teacher key of the class named by the `:classId` path parameter and puts the class in
 * `c.var.teacherClass`. The key never reaches a log or a response.
 */
export function teacherAuth(): MiddlewareHandler<TeacherAuthEnv> {
  return async (c, next) => {
    const classId = c.req.param('classId') ?? ''
    const header = c.req.header('Authorization')
    const key = header?.match(BEARER)?.[1]
    if (!key) refuseMissingCredential(TEACHER_REALM, 'Send the class teacher key as "Authorization: Bearer <key>".')
    const hash = await hashKey(key)
    const found = await getClass(c.env.DB, classId)
    if (found && constantTimeEqual(found.teacherKeyHash, hash)) {
      c.set('teacherClass', found)
      return next()
    }
    // A key that opens some other class: answer as if this class did not exist.
    if (await findClassByKeyHash(c.env.DB, hash)) {
      problem('class-not-found', `No class "${classId}" for this key.`, { extras: { classId } })
    }
    refuseTeacherKey()
  }
}
