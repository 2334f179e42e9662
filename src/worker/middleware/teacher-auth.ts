import type { MiddlewareHandler } from 'hono'
import { findClassByKeyHash, getClass, type ClassRow } from '../db/classes.ts'
import { problem } from '../problem.ts'

/**
 * Teachers authenticate with the key `POST /v1/classes` returned once: `Authorization: Bearer <key>`.
 * Only its SHA-256 is stored. A missing or unknown key is 401; a valid key of another class gets the
 * same 404 as a class that does not exist, so it learns nothing about other classes.
 */

export type TeacherAuthEnv = { Bindings: Env; Variables: { teacherClass: ClassRow } }

/** 32 random bytes, base64url: the secret a teacher keeps. */
export function newTeacherKey(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)))
}

/** SHA-256 of a teacher key, base64url: what the database keeps. */
export async function hashTeacherKey(key: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key))))
}

/** Compares two strings in time independent of where they differ (lengths are not secret here). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a)
  const right = new TextEncoder().encode(b)
  if (left.byteLength !== right.byteLength) return false
  // workerd's extension of SubtleCrypto; the DOM lib's type does not declare it.
  return (crypto.subtle as SubtleCrypto & { timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean }).timingSafeEqual(left, right)
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9_-]{20,100})[ \t]*$/

/**
 * Requires the teacher key of the class named by the `:classId` path parameter and puts the class in
 * `c.var.teacherClass`. The key never reaches a log or a response.
 */
export function teacherAuth(): MiddlewareHandler<TeacherAuthEnv> {
  return async (c, next) => {
    const classId = c.req.param('classId') ?? ''
    const header = c.req.header('Authorization')
    const key = header?.match(BEARER)?.[1]
    const challenge = { 'WWW-Authenticate': 'Bearer realm="fahm-teacher"' }
    if (!key) {
      problem('unauthorized', 'Send the class teacher key as "Authorization: Bearer <key>".', { headers: challenge })
    }
    const hash = await hashTeacherKey(key)
    const found = await getClass(c.env.DB, classId)
    if (found && constantTimeEqual(found.teacherKeyHash, hash)) {
      c.set('teacherClass', found)
      return next()
    }
    // A key that opens some other class: answer as if this class did not exist.
    if (await findClassByKeyHash(c.env.DB, hash)) {
      problem('class-not-found', `No class "${classId}" for this key.`, { extras: { classId } })
    }
    problem('unauthorized', 'The teacher key is not valid.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="fahm-teacher", error="invalid_token"' },
    })
  }
}

function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}
