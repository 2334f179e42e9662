import { ID_MAX_LENGTH } from '../core/quiz-ids.ts'
import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'
import { MAX_ANSWER_CHARS, MAX_ANSWER_ITEMS, NO_SUCH_QUESTION } from '../core/answer-limits.ts'
import { hasLoneSurrogate, LONE_SURROGATE_ISSUE } from '../core/plain-text.ts'
import { LANGS } from '../core/quiz-schema.ts'

/**
 * The schemas of grading, shared by the public grade and check routes (`routes/quizzes/`), the
 * draft ones (`routes/draft-grading/`) and classroom attempts (`routes/assignments/`): the same answers in, the same results out.
 */

/** A typed answer or choice id: an attempt stores it, so it must survive UTF-8 unchanged. */
const AnswerText = z.string().check(
  z.maxLength(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`),
  z.refine((text) => !hasLoneSurrogate(text), LONE_SURROGATE_ISSUE),
)

/** Said when an answer is none of the shapes (an object, say): what the shapes are. */
export const ANSWER_SHAPES = 'must be a string (a choice id or typed text), a number, true/false, or an array of choice ids'

/** One answer, by question type: choice id, choice ids, boolean, number or free text; null = unanswered. */
export const AnswerValue = openapi(
  z.nullable(
    z.union([AnswerText, z.number(), z.boolean(), z.array(AnswerText).check(z.maxLength(MAX_ANSWER_ITEMS))], {
      // An array that fails is one of choice ids gone wrong: say what such an array must be.
      error: (issue) => (Array.isArray(issue.input) ? `must be an array of at most ${MAX_ANSWER_ITEMS} choice ids (strings)` : ANSWER_SHAPES),
    }),
  ),
  'Answer',
  { example: 'ساعتين ونصف' },
)

/**
 * A full answer set, by question id; a question left out is unanswered. zod leaves a `__proto__` key
 * out of a record's output (it would replace the prototype), so it is reported here, before parsing,
 * exactly as the graders report any other id that names no question.
 */
export const AnswerSet = z.pipe(
  z.transform((value: unknown, ctx) => {
    if (value && typeof value === 'object' && Object.hasOwn(value, '__proto__')) {
      ctx.issues.push({ code: 'custom', path: ['__proto__'], message: NO_SUCH_QUESTION, input: value })
    }
    return value
  }),
  z.record(z.string().check(z.maxLength(ID_MAX_LENGTH)), AnswerValue, {
    error: 'must be an object of answers by question id, e.g. {"meeting-duration": "2.5 hours"}',
  }),
)

export const ResultSchema = openapi(
  z.object({
    questionId: z.string(),
    answered: z.boolean(),
    correct: z.boolean(),
    score: z.number(),
    maxScore: z.number(),
    parsed: openapi(z.nullable(z.looseObject({ kind: z.enum(['number', 'text', 'choice', 'boolean']), display: z.string() })), {
      description: 'What the grader understood the answer as; null when unanswered or unreadable.',
    }),
    explanation: z.string(),
    evidence: z.object({ paragraph: z.number().check(z.int()), quote: z.string() }),
    expected: z.looseObject({ display: z.string() }),
  }),
  'Result',
  {
    example: {
      questionId: 'meeting-duration',
      answered: true,
      correct: true,
      score: 1,
      maxScore: 1,
      parsed: { kind: 'number', value: 2.5, unit: 'hour', input: { value: 150, unit: 'minute', text: '١٥٠ دقيقة' }, display: '150 دقيقة = 2.5 ساعة' },
      explanation: 'استمر الاجتماع نحو ساعتين ونصف، أي 2.5 ساعة (150 دقيقة).',
      evidence: { paragraph: 5, quote: 'الاجتماع بين كيم وبوتين استمر نحو ساعتين ونصف' },
      expected: { display: '2.5 ساعة', value: 2.5, unit: 'hour', tolerance: 0 },
    },
  },
)

export const GradeResponseSchema = openapi(
  z.object({
    quizId: z.string(),
    version: z.number().check(z.int()),
    lang: openapi(z.enum(LANGS), { description: 'The language of the explanations and `display` strings.' }),
    score: z.number(),
    maxScore: z.number(),
    results: z.array(ResultSchema),
  }),
  'GradeResponse',
)
