import { plainText } from '../core/plain-text.ts'

/** Longest display name, in characters after trimming. */
export const MAX_NAME_LENGTH = 60

/**
 * A student's display name, typed on the student page or pasted into a roster: the project's one
 * rule for names and titles (no control characters, bidi overrides or lone surrogates), trimmed,
 * inner whitespace collapsed, 1–60 characters.
 */
export const DisplayName = plainText({ max: MAX_NAME_LENGTH })
