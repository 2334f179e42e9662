import { loadClasses, saveClasses } from '../teach/store.ts'
import type { SavedClass } from '../teach/api.ts'

/**
 * Who is using the studio: an editor (the site's editor token) or a teacher (one class's key).
 * A teacher's classes are the ones /teach keeps in this browser (src/teach/store.ts), so a class
 * opened in either page is offered in both. The editor token stays in this tab (sessionStorage)
 * unless the editor asks to be remembered on this device (localStorage).
 */

export type Session = { role: 'editor'; token: string } | { role: 'teacher'; classId: string; teacherKey: string; className: string | null }

export type TeacherSession = Extract<Session, { role: 'teacher' }>

const EDITOR = 'fahm.studio.editor'
const CLASS = 'fahm.studio.class'

export function keyOf(session: Session): string {
  return session.role === 'editor' ? session.token : session.teacherKey
}

/** The session this browser remembers, if any. */
export function loadSession(): Session | null {
  const token = read(sessionStore(), EDITOR) ?? read(localStore(), EDITOR)
  if (token) return { role: 'editor', token }
  const classId = read(localStore(), CLASS)
  const saved = classId ? loadClasses().find((c) => c.classId === classId) : undefined
  return saved ? { role: 'teacher', classId: saved.classId, teacherKey: saved.teacherKey, className: saved.name } : null
}

/** Remembers a session once the API accepted it; a teacher's class joins the classes /teach lists. */
export function saveSession(session: Session, rememberToken = false): void {
  clearSession()
  if (session.role === 'editor') {
    write(rememberToken ? localStore() : sessionStore(), EDITOR, session.token)
    return
  }
  const saved: SavedClass = { classId: session.classId, teacherKey: session.teacherKey, name: session.className }
  const others = loadClasses().filter((c) => c.classId !== session.classId)
  const known = loadClasses().find((c) => c.classId === session.classId)
  saveClasses([{ ...known, ...saved }, ...others])
  write(localStore(), CLASS, session.classId)
}

/** Signs out: forgets the token and which class was chosen (the class stays in /teach's list). */
export function clearSession(): void {
  for (const store of [sessionStore(), localStore()]) {
    remove(store, EDITOR)
    remove(store, CLASS)
  }
}

/** The classes saved in this browser, for the teacher's sign-in. */
export function savedClasses(): SavedClass[] {
  return loadClasses()
}

function sessionStore(): Storage | null {
  try {
    return sessionStorage
  } catch {
    return null
  }
}

function localStore(): Storage | null {
  try {
    return localStorage
  } catch {
    return null
  }
}

function read(store: Storage | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(store: Storage | null, key: string, value: string): void {
  try {
    store?.setItem(key, value)
  } catch {
    // Storage full or disabled: the session lasts as long as the page.
  }
}

function remove(store: Storage | null, key: string): void {
  try {
    store?.removeItem(key)
  } catch {
    // Nothing stored.
  }
}
