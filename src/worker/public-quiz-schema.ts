import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'
import type { PublicQuiz } from '../core/public-quiz.ts'
import { LANGS, QUESTION_TYPES, SKILLS, UNITS } from '../core/quiz-schema.ts'

/** The languages a quiz is served in, its own first: a translation counts once every string has it. */
export const LangsSchema = openapi(z.array(z.enum(LANGS)), {
  description:
    'The languages the quiz is served in, its own (`lang` of the quiz file) first: every string has its own language; a translation counts once every string has it.',
  example: ['ar'],
})

/** The response schema of a quiz without its keys: `GET /v1/quizzes/:quizId` and `GET /v1/assignments/:code/quiz`. */
export const PublicQuizSchema = openapi(
  z.object({
    id: z.string(),
    version: z.number().check(z.int()),
    lang: openapi(z.enum(LANGS), { description: 'The language of the strings served: the one asked for when the quiz has it, else its own.' }),
    dir: openapi(z.enum(['rtl', 'ltr']), { description: 'The direction of the strings served.' }),
    langs: LangsSchema,
    title: z.string(),
    source: z.object({ name: z.string(), url: z.optional(z.string()), note: z.optional(z.string()) }),
    article: z.object({
      lang: z.enum(LANGS),
      dir: z.enum(['rtl', 'ltr']),
      paragraphs: z.array(z.object({ index: z.number().check(z.int()), heading: z.nullable(z.string()), text: z.string() })),
    }),
    questions: z.array(
      z.object({
        id: z.string(),
        type: z.enum(QUESTION_TYPES),
        skill: z.enum(SKILLS),
        points: z.number().check(z.int()),
        prompt: z.string(),
        choices: z.optional(z.array(z.object({ id: z.string(), text: z.string() }))),
        unit: openapi(z.optional(z.enum(UNITS)), {
          description:
            'Numeric questions: the unit the answer is graded in. Answers in another unit of the same dimension are converted ' +
            '(minutes for hours, metres for kilometres, grams for tonnes, hectares for square kilometres, litres for cubic metres); ' +
            'currencies and dates are never converted. A `date` ' +
            'is answered as text (`8 سبتمبر 2023`, `عام 1900`, `2023-09-08`).',
        }),
        unitLabel: openapi(z.optional(z.string()), {
          description:
            "Numeric questions: the unit's name in the language served (`lang`), for a label beside the answer field (`ساعة`, " +
            '`hours`, `ريال سعودي`, `Saudi riyals`, `تاريخ`, `date`); empty for a plain count.',
          example: 'ساعة',
        }),
      }),
    ),
  }),
  'PublicQuiz',
) satisfies z.ZodMiniType<PublicQuiz>
