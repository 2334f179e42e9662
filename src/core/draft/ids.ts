import { ID_PATTERN } from '../quiz-schema.ts'

/** Ids of a draft: stable for the same article, unique within the quiz, kebab-case. */

/** FNV-1a, 32 bits: the same number for the same text on every run and platform. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** `base` as a valid id (kebab-case, at most 60 characters), with `-2`, `-3` … when taken; added to `taken`. */
export function uniqueId(taken: Set<string>, base: string): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 60)
      .replace(/-+$/u, '') || 'q'
  let id = clean
  for (let n = 2; taken.has(id); n++) id = `${clean}-${n}`
  if (!ID_PATTERN.test(id)) throw new Error(`not an id: ${id}`)
  taken.add(id)
  return id
}
