/**
 * The id a teacher's drafted quiz is published under. A draft's id depends on the article only
 * (its title's words, an Arabic title's in Latin letters, else `draft-<hash>`), and ids are shared
 * by every publisher: two teachers drafting the same article would meet "id taken". A tag of the class (six hex digits of
 * the SHA-256 of its id: the class id itself stays out of URLs) makes the id the class's own, and
 * the same class always gets the same id, so a retried publish is the same create (the API answers
 * 200 `changed: false`). The editor publishes the drafted id as it is: one newsroom, one token.
 */

const MAX_ID = 80
const TAG_DIGITS = 6

export async function classTag(classId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(classId))
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, TAG_DIGITS)
}

/** `id` with the class's tag appended (once), cut so the whole stays within the 80-character id limit. */
export async function classScopedId(id: string, classId: string): Promise<string> {
  const tag = await classTag(classId)
  if (id.endsWith(`-${tag}`)) return id
  const base = id.slice(0, MAX_ID - TAG_DIGITS - 1).replace(/-+$/u, '')
  return `${base}-${tag}`
}
