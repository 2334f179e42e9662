/**
 * The languages fahm serves quizzes and its interface in. Apart from the quiz schema (quiz-schema.ts
 * re-exports them) so that code which needs only the list does not load zod.
 */
export const LANGS = ['ar', 'en'] as const
export type Lang = (typeof LANGS)[number]
