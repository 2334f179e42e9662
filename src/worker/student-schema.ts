import { z } from '@hono/zod-openapi'

/** Longest display name, in characters after trimming. */
export const MAX_NAME_LENGTH = 60

// C0/C1 controls and the bidi overrides/isolates, which could make a name render misleadingly.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/**
 * A student's display name, typed on the student page or pasted into a roster: trimmed, inner
 * whitespace collapsed, 1–60 characters, no control characters or bidi overrides.
 */
export const DisplayName = z
  .string()
  .refine((name) => !CONTROL.test(name), 'must not contain control characters (tabs, line breaks, bidi overrides)')
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
  )
