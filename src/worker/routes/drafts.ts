import * as z from '../../core/zod.ts'
import { createRoute } from '../api-router.ts'
import { openapi } from '../openapi-metadata.ts'
import { DRAFT_MAX_WORDS, withThousands } from '../../core/draft/errors.ts'
import { NOTE_MESSAGES } from '../../core/draft/notes.ts'
import { LANGS, Question } from '../../core/quiz-schema.ts'
import { createRouter } from '../app.ts'
import { limitBody } from '../middleware/body-limit.ts'
import { policyRateLimit } from '../middleware/policy-limit.ts'
import { RATE_LIMIT_POLICIES } from '../rate-limit-policies.ts'
import { problem } from '../problem.ts'
import { problemResponses } from '../problem-schema.ts'
import { EDITOR_BODY_LIMIT, EditorQuizBody } from './editor/editor.routes.ts'

/**
 * `POST /v1/drafts`: an article in, a draft quiz out, for a person to review before publishing it
 * with `POST /v1/quizzes`. Stores nothing and needs no key (the studio drafts before anyone has
 * one); rate-limited per address.
 */

const DraftRequest = openapi(
  z.object({
    articleText: openapi(z.string(), {
      description: `The article as plain text (pasted from a page or a word processor; HTML has its tags stripped). At most ${withThousands(DRAFT_MAX_WORDS)} words.`,
    }),
    lang: openapi(z.optional(z.enum(LANGS)), { description: "The article's language; detected when left out. A text in another language is refused." }),
    title: openapi(z.optional(z.string().check(z.trim(), z.maxLength(200))), {
      description: "The quiz title; the article's headline (or first words) when left out.",
    }),
  }),
  'DraftRequest',
  { example: { articleText: 'اجتمع الزعيمان في بكين لمدة ساعتين ونصف…', lang: 'ar' } },
)

const DraftNoteSchema = openapi(
  z.object({
    code: z.enum(Object.keys(NOTE_MESSAGES) as [keyof typeof NOTE_MESSAGES, ...(keyof typeof NOTE_MESSAGES)[]]),
    message: openapi(z.string(), { description: 'English, for developers; show your own text per `code` to readers.' }),
    paragraph: z.optional(z.number().check(z.int())),
    quote: openapi(z.optional(z.string()), { description: 'The words of the article the note is about, verbatim.' }),
  }),
  'DraftNote',
)

const DraftResponse = openapi(
  z.object({
    // An article with nothing to ask about drafts no question (with a `few-facts` note).
    quiz: openapi(z.extend(z.omit(EditorQuizBody, { visibility: true }), { questions: z.array(Question).check(z.maxLength(200)) }), {
      description:
        'The draft: an `EditorQuiz` whose questions pass the content checks, in the article’s language only (an article with nothing to ask about gives `questions: []` and a `few-facts` note: add a question before saving, a quiz needs one), with `articleText` re-laid out (paragraphs separated by blank lines) so that evidence paragraph indexes refer to it, and without `visibility` (whoever publishes it decides: an editor’s quiz is public by default, a teacher’s a classroom quiz). Save it with `POST /v1/quizzes` as it is or after review.',
    }),
    notes: openapi(z.array(DraftNoteSchema), { description: 'Numbers not asked about and why, and what the article lacked.' }),
  }),
  'Draft',
)

export const drafts = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/',
    summary: 'Draft a quiz from an article',
    description:
      'Reads the article and drafts questions about its numbers (counts, money, percentages, durations, distances, masses, years and dates) and the people, places and organisations it names: numeric, single and multiple choice, true/false and text questions, each with the verbatim quote that answers it. Deterministic: the same article gives the same draft. Nothing is stored.',
    middleware: [policyRateLimit(RATE_LIMIT_POLICIES.drafting), limitBody(EDITOR_BODY_LIMIT)] as const,
    request: { body: { required: true, content: { 'application/json': { schema: DraftRequest } } } },
    responses: {
      200: { description: 'The draft and its notes', content: { 'application/json': { schema: DraftResponse } } },
      ...problemResponses(400, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const { articleText, lang, title } = c.req.valid('json')
    // The drafter runs in the authoring Worker (src/authoring): the app starts without compiling it.
    const { draft, refused } = await c.env.AUTHORING.draft(articleText, { lang, title })
    if (draft) return c.json(draft, 200)
    if (refused.code === 'article-too-long') problem('payload-too-large', refused.message, { extras: { limit: DRAFT_MAX_WORDS, unit: 'words' } })
    // The field at fault, with its JSON Pointer, for a client that highlights it: the language asked
    // for when the article is not in it, else the article itself.
    const field = refused.code === 'language-mismatch' ? 'lang' : 'articleText'
    problem(refused.code, refused.message, { extras: { errors: [{ path: field, message: refused.message, in: 'body' }] } })
  },
)
