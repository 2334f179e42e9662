import { base64url } from './crypto.ts'

/**
 * Opaque cursors for keyset pagination: a page of a list ordered by a key ends with its last item's
 * key, and the next page starts after it. Clients pass a cursor back unchanged; its form is not part
 * of the API, so it can change without breaking them.
 */

const PREFIX = 'after:'

/** Longest cursor accepted: a page key of up to 200 bytes, encoded. */
export const MAX_CURSOR_LENGTH = 280

/** The cursor of the page after the item with key `afterKey`. */
export function encodeCursor(afterKey: string): string {
  return base64url(new TextEncoder().encode(PREFIX + afterKey))
}

/**
 * The key a cursor from {@link encodeCursor} starts after, or null when it is not one. `maxLength`:
 * the longest cursor a list takes, for a list whose keys are longer than an id.
 */
export function decodeCursor(cursor: string, maxLength: number = MAX_CURSOR_LENGTH): string | null {
  if (cursor.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null
  try {
    const base64 = cursor.replaceAll('-', '+').replaceAll('_', '/')
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
    return text.startsWith(PREFIX) ? text.slice(PREFIX.length) : null
  } catch {
    return null
  }
}
