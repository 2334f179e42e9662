import { z } from '@hono/zod-openapi'
import type { PublicQuiz } from '../core/public-quiz.ts'
import { LANGS, QUESTION_TYPES, SKILLS, UNITS } from '../core/quiz-schema.ts'

/** The languages a quiz is served in, its own first: a translation counts once every string has it. */
export const LangsSchema = z.array(z.enum(LANGS)).openapi({
  description:
    'The languages the quiz is served in, its own (`lang` of the quiz file) first: every string has its own language; a translation counts once every string has it.',
  example: ['ar'],
})

/** The response schema of a quiz without its keys: `GET /v1/quizzes/:quizId` and `GET /v1/assignments/:code/quiz`. */
export const PublicQuizSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    lang: z.enum(LANGS).openapi({ description: 'The language of the strings served: the one asked for when the quiz has it, else its own.' }),
    dir: z.enum(['rtl', 'ltr']).openapi({ description: 'The direction of the strings served.' }),
    langs: LangsSchema,
    title: z.string(),
    source: z.object({ name: z.string(), url: z.string().optional(), note: z.string().optional() }),
    article: z.object({
      lang: z.enum(LANGS),
      dir: z.enum(['rtl', 'ltr']),
      paragraphs: z.array(z.object({ index: z.number().int(), heading: z.string().nullable(), text: z.string() })),
    }),
    questions: z.array(
      z.object({
        id: z.string(),
        type: z.enum(QUESTION_TYPES),
        skill: z.enum(SKILLS),
        points: z.number().int(),
        prompt: z.string(),
        choices: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
        unit: z
          .enum(UNITS)
          .optional()
          .openapi({
            description:
              'Numeric questions: the unit the answer is graded in. Answers in another unit of the same dimension are converted ' +
              '(minutes for hours, metres for kilometres, grams for tonnes, hectares for square kilometres, litres for cubic metres); ' +
              'currencies and dates are never converted. A `date` ' +
              'is answered as text (`8 سبتمبر 2023`, `عام 1900`, `2023-09-08`).',
          }),
        unitLabel: z
          .string()
          .optional()
          .openapi({
            description:
              "Numeric questions: the unit's name in the language served (`lang`), for a label beside the answer field (`ساعة`, " +
              '`hours`, `ريال سعودي`, `Saudi riyals`, `تاريخ`, `date`); empty for a plain count.',
            example: 'ساعة',
          }),
      }),
    ),
  })
  .openapi('PublicQuiz') satisfies z.ZodType<PublicQuiz>
