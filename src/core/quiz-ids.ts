/**
 * What an id of a quiz, a question or a choice is: kebab-case, at most {@link ID_MAX_LENGTH}
 * characters. The quiz schema (quiz-schema.ts) validates ids with these; the routes' path and body
 * parameters take their length from here. Plain TypeScript without zod, for the modules a new isolate
 * loads first.
 */

/** kebab-case: a-z, 0-9 and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The longest id, in characters. */
export const ID_MAX_LENGTH = 80

/** Whether `value` is an id: no quiz, question or choice has any other. */
export function isId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value)
}
