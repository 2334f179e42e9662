import { CODE_ALPHABET } from './join-code.ts'
import { normalizeText } from './normalize.ts'

/**
 * Who a classroom attempt counts for. A class with a roster identifies students by their personal
 * code (the teacher hands it out): attempts count per roster student whatever name or device they
 * use, so `maxAttempts` holds and nobody can submit as a classmate without their code. Without a
 * roster a student types a name, and the attempt is bound to the device it was sent from: Sara on
 * her phone and another Sara on another computer are two students, and typing a classmate's name
 * on one's own device uses none of the classmate's attempts.
 */

export type StudentIdentity =
  /** A student on the class's roster. */
  | { kind: 'roster'; studentId: string; name: string }
  /** A typed name on one device: `deviceHash` is the SHA-256 (hex) of the device's token. */
  | { kind: 'device'; deviceHash: string; name: string }
  /** A typed name alone: API clients that send no device token. */
  | { kind: 'name'; name: string }

/** Length of a personal code of a roster student. */
export const PERSONAL_CODE_LENGTH = 8

const PERSONAL_CODE = new RegExp(`^[${CODE_ALPHABET}]{${PERSONAL_CODE_LENGTH}}$`)

/** True when `code` (already through `normalizeCode`) has the form of a personal code. */
export function isPersonalCode(code: string): boolean {
  return PERSONAL_CODE.test(code)
}

/**
 * The display name with case and whitespace folded (and the script-level folding of
 * `normalizeText`), so "Sara  Ali" and "sara ali" are one name.
 */
export function foldName(name: string): string {
  const spaced = name.trim().replace(/\s+/g, ' ')
  // A name of punctuation only folds to nothing; keep it distinct rather than merge all such names.
  return normalizeText(spaced) || spaced.toLowerCase()
}

/** The key attempts are counted and grouped under: one student, one key. */
export function identityKey(identity: StudentIdentity): string {
  switch (identity.kind) {
    case 'roster':
      return `roster:${identity.studentId}`
    case 'device':
      return `device:${identity.deviceHash}:${foldName(identity.name)}`
    case 'name':
      return foldName(identity.name)
  }
}
