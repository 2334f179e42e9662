import type { SavedClass } from './api.ts'

/**
 * The class link: the one thing a teacher keeps. `https://host/teach#cls_….KEY` opens the class on any
 * device; the class id and teacher key ride in the fragment, which browsers never send to a server.
 * The "open a class" field accepts exactly what Copy gives (and, forgivingly, the part after `#`).
 */

/** What follows `#`: the class id, a dot, the teacher key. */
export function classCode(saved: Pick<SavedClass, 'classId' | 'teacherKey'>): string {
  return `${saved.classId}.${saved.teacherKey}`
}

/** The link that opens the class on this page's host. */
export function classLink(origin: string, saved: Pick<SavedClass, 'classId' | 'teacherKey'>): string {
  return `${origin}/teach#${classCode(saved)}`
}

export type ParsedClassLink =
  | { ok: true; classId: string; teacherKey: string }
  /** A class id without its key: the link was cut short. */
  | { ok: false; reason: 'key-missing'; classId: string }
  /** A key too short or long to be one (the API's form: 20–100 base64url characters): it was mistyped. */
  | { ok: false; reason: 'key-malformed'; classId: string }
  | { ok: false; reason: 'not-a-link' }

const CLASS_CODE = /^(cls_[A-Za-z0-9_-]{4,60})(?:[.\s]+([A-Za-z0-9_-]*))?$/

const TEACHER_KEY = /^[A-Za-z0-9_-]{20,100}$/

/** Reads a pasted class link (or the code after its `#`); spaces around it are ignored. */
export function parseClassLink(text: string): ParsedClassLink {
  let code = text.trim()
  const hash = code.indexOf('#')
  if (hash >= 0) code = code.slice(hash + 1)
  try {
    code = decodeURIComponent(code).trim()
  } catch {
    return { ok: false, reason: 'not-a-link' }
  }
  const match = code.match(CLASS_CODE)
  if (!match) return { ok: false, reason: 'not-a-link' }
  const [, classId, teacherKey] = match
  if (!teacherKey) return { ok: false, reason: 'key-missing', classId: classId! }
  if (!TEACHER_KEY.test(teacherKey)) return { ok: false, reason: 'key-malformed', classId: classId! }
  return { ok: true, classId: classId!, teacherKey }
}
