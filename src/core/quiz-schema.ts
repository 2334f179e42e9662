// A namespace import: bundlers shake it to what is used (the named `z` object pulls in every zod locale).
import * as z from './zod.ts'
import { isDateValue } from './dates.ts'
import { LANGS } from './langs.ts'
import { ID_MAX_LENGTH, ID_PATTERN } from './quiz-ids.ts'
import { UNITS } from './unit-names.ts'

/**
 * The quiz file format (`questions/<quizId>/quiz.json`): one schema for files on disk,
 * quizzes created through the API, and the JSON Schema that editors validate against.
 */

export const Id = z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH), z.regex(ID_PATTERN, 'must be kebab-case: a-z, 0-9 and single hyphens'))

export { LANGS, type Lang } from './langs.ts'

const LocalizedText = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000))

/**
 * A string of the quiz in its languages: `{ ar }`, `{ en }` or both, never `{}`. The content check
 * `strings-in-quiz-language` requires the quiz's own language (`lang`) in every string; the other is
 * an optional translation. Read one with `pickText` (localized.ts).
 */
export const Localized = z
  .object({ ar: z.optional(LocalizedText), en: z.optional(LocalizedText) })
  .check(
    z.refine((text) => LANGS.some((lang) => text[lang] !== undefined), {
      message: 'needs its text in at least one language: "ar" (Arabic) or "en" (English)',
    }),
  )
  // The JSON Schema of the same rule, for editors validating quiz.json (zod writes no refinement).
  .register(z.globalRegistry, { anyOf: LANGS.map((lang) => ({ required: [lang] })) })
export type Localized = z.infer<typeof Localized>

export const SKILLS = ['recall', 'inference', 'vocabulary', 'main-idea'] as const
export const Skill = z.enum(SKILLS)
export type Skill = z.infer<typeof Skill>

export { CURRENCIES, type Currency, isCurrency, UNITS } from './unit-names.ts'

export const Unit = z.enum(UNITS)
export type Unit = z.infer<typeof Unit>

/** The longest evidence quote: a sentence or two, never a paragraph. */
export const QUOTE_MAX_LENGTH = 1000

/** Where in the article the answer stands: the paragraph index (0 = lead) and an exact quote. */
export const Evidence = z.object({
  paragraph: z.number().check(z.int(), z.gte(0)),
  quote: z.string().check(z.minLength(1), z.maxLength(QUOTE_MAX_LENGTH)),
})
export type Evidence = z.infer<typeof Evidence>

export const Choice = z.object({
  id: Id,
  text: Localized,
})
export type Choice = z.infer<typeof Choice>

const questionBase = {
  id: Id,
  skill: Skill,
  prompt: Localized,
  explanation: Localized,
  evidence: Evidence,
  points: z._default(z.number().check(z.int(), z.gte(1), z.lte(100)), 1),
}

export const SingleQuestion = z.object({
  ...questionBase,
  type: z.literal('single'),
  choices: z.array(Choice).check(z.minLength(2), z.maxLength(10)),
  answer: Id,
})

export const MultipleQuestion = z.object({
  ...questionBase,
  type: z.literal('multiple'),
  choices: z.array(Choice).check(z.minLength(2), z.maxLength(10)),
  answer: z.array(Id).check(z.minLength(1)),
  /** When true, score = max(0, right picks − wrong picks) / answer count; otherwise the exact set. */
  partialCredit: z._default(z.boolean(), false),
})

export const BooleanQuestion = z.object({
  ...questionBase,
  type: z.literal('boolean'),
  answer: z.boolean(),
})

export const NumericQuestion = z.object({
  ...questionBase,
  type: z.literal('numeric'),
  answer: z
    .object({
      /** The answer in `unit`; for `date`, the date encoded YYYYMMDD with 00 for an unknown part (`dates.ts`). */
      value: z.number(),
      unit: Unit,
      /** Absolute tolerance, in `unit`; for `date`, in the key's finest part (days, months or years). */
      tolerance: z._default(z.number().check(z.gte(0)), 0),
    })
    .check(
      z.refine((answer) => answer.unit !== 'date' || isDateValue(answer.value), {
        path: ['value'],
        message: 'must be a date encoded as YYYYMMDD with 00 for an unknown part: 19000000 (1900), 20230900 (September 2023), 20230908, 908 (8 September)',
      }),
    ),
})

export const TextQuestion = z.object({
  ...questionBase,
  type: z.literal('text'),
  answer: z.object({
    /** Accepted answers in either language; matched after normalisation, with small typo tolerance. */
    accepted: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.minLength(1)),
  }),
})

export const Question = z.discriminatedUnion('type', [SingleQuestion, MultipleQuestion, BooleanQuestion, NumericQuestion, TextQuestion])
export type Question = z.infer<typeof Question>
export type QuestionType = Question['type']
export const QUESTION_TYPES = ['single', 'multiple', 'boolean', 'numeric', 'text'] as const satisfies readonly QuestionType[]

export const Source = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** A web page: http(s) only, since exports write it into an `<a href>` (no `javascript:` or `data:`). */
  url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).check(z.regex(/^\s*https?:\/\//i, 'must be an http(s) URL'))),
  note: z.optional(z.string().check(z.maxLength(1000))),
})

/**
 * Who may open a quiz. `public`: listed, readable, gradable and checkable by anyone (a news reader
 * checks each answer). `classroom`: served only through assignments (`/v1/assignments/:code/*`), so
 * an assignment's reveal policy decides when its answers show; the public endpoints answer 404.
 */
export const VISIBILITIES = ['public', 'classroom'] as const
export const Visibility = z.enum(VISIBILITIES)
export type Visibility = z.infer<typeof Visibility>

/**
 * Whether the public endpoints (`/v1/quizzes…`) may serve the quiz. A classroom quiz is served only
 * through assignments; anything but an explicit `public` counts as classroom, so a quiz is never
 * exposed by accident.
 */
export function isPublicQuiz(quiz: { readonly visibility: Visibility }): boolean {
  return quiz.visibility === 'public'
}

/** The quiz file as written by an editor. The article text lives beside it (`article`). */
export const QuizFile = z.object({
  $schema: z.optional(z.string()),
  id: Id,
  /** Bumped by the editor whenever a question or its key changes; saved answers are kept per version. */
  version: z._default(z.number().check(z.int(), z.gte(1)), 1),
  /** `public` (the default) or `classroom`: see {@link Visibility}. */
  visibility: z._default(Visibility, 'public'),
  /** The quiz's own language: the article's, and that of every string (translations are optional). */
  lang: z.enum(LANGS),
  title: Localized,
  source: Source,
  /** File name of the article text, relative to the quiz folder. */
  article: z.string().check(z.regex(/^[\w.-]+\.txt$/)),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(200)),
})
export type QuizFile = z.infer<typeof QuizFile>

/** A loaded quiz: the file with its article read and split into paragraphs. */
export type Quiz = Omit<QuizFile, 'article' | '$schema'> & {
  article: Article
}

export type Paragraph = {
  index: number
  /** The section heading printed above this paragraph, if any. */
  heading: string | null
  text: string
}

export type Article = {
  paragraphs: Paragraph[]
}
