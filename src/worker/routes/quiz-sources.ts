import * as z from '../../core/zod.ts'
import { createRoute } from '../api-router.ts'
import { openapi } from '../openapi-metadata.ts'
import { LANGS, VISIBILITIES } from '../../core/quiz-schema.ts'
import { createRouter } from '../app.ts'
import { authorAuth, authorSecurity } from '../middleware/author-auth.ts'
import { problemResponses } from '../problem-schema.ts'
import { LangsSchema } from '../public-quiz-schema.ts'
import { NextCursorSchema, NextLinkHeaders, pageStart, QuizPageQuery, setNextLink } from '../quiz-page.ts'
import { listQuizSources } from '../quiz-store.ts'
import { OwnerClassId } from './editor/editor.routes.ts'

/** `GET /v1/quiz-sources`: the quizzes an author may edit, as a list without bodies. */

const QuizSourceSummarySchema = openapi(
  z.object({
    id: z.string(),
    version: z.number().check(z.int()),
    title: openapi(z.string(), { description: "In the quiz's own language (`lang`)." }),
    lang: z.enum(LANGS),
    langs: LangsSchema,
    visibility: z.enum(VISIBILITIES),
    origin: z.enum(['file', 'api']),
    readOnly: openapi(z.boolean(), { description: 'True for a file quiz (`questions/`): it changes by a redeploy only.' }),
    ownerClassId: OwnerClassId,
    questionCount: z.number().check(z.int()),
    stale: openapi(z.array(z.string()), { description: 'Questions awaiting review after their evidence paragraph changed.' }),
    updatedAt: openapi(z.nullable(z.string()), { description: 'When the current version was saved; null for a file quiz.' }),
  }),
  'QuizSourceSummary',
)

export const quizSourceList = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'The quizzes this key may edit (editor or teacher)',
    description:
      'The editor token: every quiz, the file quizzes (`readOnly: true`) and every authored quiz, public and classroom, with its `ownerClassId`. A teacher key: the quizzes its class owns. Deleted quizzes are left out. By id, a page at a time: follow `nextCursor` (or the `Link` header’s `rel="next"`) until it is null. Summaries only: read one with `GET /v1/quizzes/{quizId}/source`.',
    security: authorSecurity,
    middleware: [authorAuth()] as const,
    request: { query: QuizPageQuery },
    responses: {
      200: {
        description: 'A page of the quizzes. On every page but the last, a `Link` header points at the next one.',
        headers: NextLinkHeaders,
        content: {
          'application/json': { schema: z.object({ quizzes: z.array(QuizSourceSummarySchema), nextCursor: NextCursorSchema }) },
        },
      },
      ...problemResponses(400, 401),
    },
  }),
  async (c) => {
    const { author } = c.var
    const { limit, cursor } = c.req.valid('query')
    const ownerClassId = author.role === 'teacher' ? author.classId : undefined
    const page = await listQuizSources(c.env, { ownerClassId, limit, afterId: pageStart(cursor) })
    const nextCursor = setNextLink(c, page.nextAfterId)
    c.header('Cache-Control', 'no-store')
    return c.json({ quizzes: page.quizzes, nextCursor }, 200)
  },
)
