/**
 * Undo and redo over immutable values. Each change is a step; consecutive changes with the same
 * `key` (typing into one field) merge into one step while they follow each other within
 * `MERGE_WINDOW_MS`, so undo takes back a burst of typing, not a character.
 */

export type History<T> = {
  past: T[]
  present: T
  future: T[]
  /** The key and time of the last change, for merging the next one into it. */
  lastKey: string | null
  lastAt: number
}

/** At most this many steps are kept to undo. */
export const MAX_UNDO_STEPS = 200
/** Changes to the same field closer together than this are one step. */
export const MERGE_WINDOW_MS = 1500

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 }
}

/**
 * The history after changing the present to `next`. A change equal to the present (same
 * reference) is no step at all. `key` names what changed (a field path); null never merges.
 */
export function record<T>(h: History<T>, next: T, key: string | null = null, now = Date.now()): History<T> {
  if (next === h.present) return h
  const merge = key !== null && key === h.lastKey && now - h.lastAt < MERGE_WINDOW_MS && h.future.length === 0
  const past = merge ? h.past : [...h.past, h.present].slice(-MAX_UNDO_STEPS)
  return { past, present: next, future: [], lastKey: key, lastAt: now }
}

export function canUndo(h: History<unknown>): boolean {
  return h.past.length > 0
}

export function canRedo(h: History<unknown>): boolean {
  return h.future.length > 0
}

export function undo<T>(h: History<T>): History<T> {
  if (!canUndo(h)) return h
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future], lastKey: null, lastAt: 0 }
}

export function redo<T>(h: History<T>): History<T> {
  if (!canRedo(h)) return h
  return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1), lastKey: null, lastAt: 0 }
}
