import * as z from './zod.ts'

/**
 * The rule for the short texts people type and others read back: a student's display name, a class
 * name, an assignment title. They are refused, never silently changed, when they hold
 * - a C0 or C1 control character (tab, line break, escape…), which breaks a line or a CSV cell;
 * - a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): U+202E «RIGHT-TO-LEFT
 *   OVERRIDE» makes `txt.exe` read `exe.txt`, and a name could pose as another;
 * - a lone surrogate (half of a UTF-16 pair, `"\ud800"` in JSON): D1 stores UTF-8, which cannot
 *   encode it, so it would be stored as U+FFFD and the name would change on its way in.
 * The invisible direction marks U+200E, U+200F and U+061C stay allowed: Arabic text needs them.
 */

const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Why a text with half of a surrogate pair is refused: stored as UTF-8, it would change. */
export const LONE_SURROGATE_ISSUE = 'must be valid Unicode: it contains half of a surrogate pair (a lone \\uD800–\\uDFFF)'

/**
 * Whether `text` holds half of a surrogate pair. Any text that is stored (a student's answers too,
 * which may hold line breaks) is refused with {@link LONE_SURROGATE_ISSUE} rather than stored changed.
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text)
}

/** Why `text` is not acceptable plain text, or null when it is. */
export function plainTextIssue(text: string): string | null {
  if (hasLoneSurrogate(text)) return LONE_SURROGATE_ISSUE
  if (CONTROL_OR_BIDI.test(text)) return 'must not contain control characters (tabs, line breaks, bidi overrides)'
  return null
}

/** Trimmed, with every run of whitespace one space: how a name or title is stored. */
export function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}

/**
 * A zod schema for one of these texts: checked by {@link plainTextIssue}, then trimmed with inner
 * whitespace collapsed, then `min`–`max` characters long (`min` 0 allows an empty text).
 */
export function plainText({ min = 1, max }: { min?: number; max: number }) {
  return z.pipe(
    z.pipe(
      z.string().check(
        z.superRefine((text, ctx) => {
          const issue = plainTextIssue(text)
          if (issue) ctx.addIssue({ code: 'custom', message: issue })
        }),
      ),
      z.transform(collapseSpaces),
    ),
    z
      .string()
      .check(z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`), z.maxLength(max, `must be at most ${max} characters`)),
  )
}
