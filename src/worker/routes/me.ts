import * as z from '../../core/zod.ts'
import { createRoute } from '../api-router.ts'
import { openapi } from '../openapi-metadata.ts'
import { createRouter } from '../app.ts'
import { authorAuth, authorSecurity } from '../middleware/author-auth.ts'
import { problemResponses } from '../problem-schema.ts'

/** `GET /v1/me`: who a credential belongs to, so an authoring tool can sign in with it. */

const AuthorSchema = openapi(
  z.discriminatedUnion('role', [
    z.object({ role: z.literal('editor') }),
    z.object({
      role: z.literal('teacher'),
      classId: z.string(),
      className: openapi(z.nullable(z.string()), { description: 'The name the class was created with, if any.' }),
    }),
  ]),
  'Author',
  { example: { role: 'teacher', classId: 'cls_Qm9vZ3F1aXpjbGFzcw', className: 'Grade 9 B' } },
)

export const me = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Who this key belongs to (editor or teacher)',
    description:
      '`{ role: "editor" }` for the editor token, `{ role: "teacher", classId, className }` for a class’s teacher key; 401 for anything else. What each may edit: see `GET /v1/quiz-sources`.',
    security: authorSecurity,
    middleware: [authorAuth()] as const,
    responses: {
      200: { description: 'The author', content: { 'application/json': { schema: AuthorSchema } } },
      ...problemResponses(401),
    },
  }),
  (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(c.var.author, 200)
  },
)
