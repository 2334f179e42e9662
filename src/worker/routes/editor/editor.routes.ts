import { ID_MAX_LENGTH } from '../../../core/quiz-ids.ts'
import * as z from '../../../core/zod.ts'
import { createRoute } from '../../api-router.ts'
import { openapi } from '../../openapi-metadata.ts'
import { ARTICLE_MAX_CHARS } from '../../../core/article.ts'
import { QuizFile, VISIBILITIES } from '../../../core/quiz-schema.ts'
import { authorAuth, authorKey, authorSecurity, type AuthorAuthEnv } from '../../middleware/author-auth.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { policyRateLimit } from '../../middleware/policy-limit.ts'
import { RATE_LIMIT_POLICIES } from '../../rate-limit-policies.ts'
import { problemResponses } from '../../problem-schema.ts'
import { LangsSchema } from '../../public-quiz-schema.ts'
import { locationHeaders, VersionTagHeaders } from '../../response-headers.ts'

/** The editor API's route definitions (schemas, middleware, responses); see index.ts for what it does. */

/** An article is a news piece: a few KiB. The limit leaves room for long ones and 200 questions. */
export const EDITOR_BODY_LIMIT = 1024 * 1024

/** `If-Match` of PUT and DELETE: the `ETag` of the version the client read (or `*`). */
const IfMatchHeader = z.object({
  'if-match': openapi(z.optional(z.string().check(z.maxLength(1000))), {
    param: { name: 'if-match', in: 'header' },
    description:
      'The `ETag` of the version you read (`"v3"`, from `…/source` or a save): the request is refused with 412 `precondition-failed` when the quiz is at another version. Optional; `version` in a PUT body does the same with 409.',
    example: '"v3"',
  }),
})

const QuizParams = z.object({
  quizId: openapi(z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH)), { param: { name: 'quizId', in: 'path' }, example: 'kim-putin-beijing' }),
})

/** A quiz as the editor API takes it: the quiz file plus its article text. A draft is one too. */
export const EditorQuizBody = openapi(
  z.extend(QuizFile, {
    id: openapi(z.optional(QuizFile.shape.id), { description: 'Required on POST; on PUT it defaults to the id in the URL and must equal it.' }),
    article: openapi(z.optional(QuizFile.shape.article), { description: 'Article file name; ignored by the API (defaults to article.<lang>.txt).' }),
    version: openapi(z.optional(QuizFile.shape.version), {
      description: 'On PUT, the version you edited: a save over a newer version is refused with `version-conflict`. Ignored on POST.',
    }),
    articleText: openapi(z.string().check(z.minLength(1), z.maxLength(ARTICLE_MAX_CHARS)), {
      description:
        'The article: lead paragraph first, then a heading line and a paragraph per section, then the closing paragraph; or paragraphs separated by blank lines, each with an optional heading line above it.',
    }),
  }),
  'EditorQuiz',
)

/** The class owning a quiz, or null for an editor's quiz (and a file quiz). */
export const OwnerClassId = openapi(z.nullable(z.string()), {
  description: 'The class that owns the quiz (created with its teacher key), or null for an editor’s quiz and a file quiz.',
})

const SavedQuizSchema = openapi(
  z.object({
    id: z.string(),
    version: z.number().check(z.int()),
    visibility: openapi(z.enum(VISIBILITIES), { description: '`classroom`: served only through assignments, not by the public endpoints.' }),
    ownerClassId: OwnerClassId,
    previousVersion: z.nullable(z.number().check(z.int())),
    changed: openapi(z.boolean(), { description: 'False when the body equals the current version (no new version).' }),
    articleHash: openapi(z.string(), { example: 'sha256:3f2a…' }),
    articleChanged: z.boolean(),
    stale: openapi(z.array(z.string()), {
      description: 'Questions whose evidence paragraph changed around their quote and that are unchanged since: review them.',
    }),
    langs: LangsSchema,
    untranslated: openapi(z.array(z.string()), {
      description:
        'When some strings are translated into the other language but not all: the paths of those still missing it (e.g. `questions[2].explanation.en`). Until this is empty the quiz is served in its own language only.',
    }),
  }),
  'SavedQuiz',
)

const QuizSourceSchema = openapi(
  z.object({
    id: z.string(),
    version: z.number().check(z.int()),
    visibility: z.enum(VISIBILITIES),
    ownerClassId: OwnerClassId,
    origin: z.enum(['file', 'api']),
    readOnly: z.boolean(),
    articleHash: z.string(),
    stale: z.array(z.string()),
    langs: LangsSchema,
    quiz: openapi(z.looseObject({ id: z.string() }), { description: 'The quiz file, answer keys included.' }),
    articleText: z.string(),
    updatedAt: z.nullable(z.string()),
  }),
  'QuizSource',
)

/**
 * Creates, updates and deletes per author (the `quiz-writes` policy), counted after `authorAuth` has
 * named the author and before the body is read or checked: a refused write costs one D1 upsert.
 */
const quizWriteLimit = policyRateLimit<AuthorAuthEnv>(RATE_LIMIT_POLICIES.quizWrites, {
  key: (c) => authorKey(c.var.author),
  subject: 'this author (the class of this teacher key, or the editor token)',
})

// Routes

const QuizLocation = z.extend(
  locationHeaders(
    'Where the quiz is read: its public URL, or for a classroom quiz its source (`…/source`, with the same credential).',
    '/v1/quizzes/beijing-summit',
  ),
  VersionTagHeaders.shape,
)

export const createQuiz = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a quiz (editor or teacher)',
  description:
    "Stores a new quiz in D1 after the same checks as `npm run check:questions`: schema, every string in the quiz's language (`lang`; the other language is an optional translation), duplicate ids, answer keys pointing at choices, evidence quotes verbatim in their paragraph, numeric answers present in their evidence. Exports and assignments serve it at once; the public endpoints too unless `visibility` is `classroom` (then only assignments serve it to students, and `Location` points at its editor source). " +
    'With a teacher key the quiz belongs to that class (`ownerClassId`) and is a classroom quiz: `visibility` defaults to `classroom`, and `public` is refused with 403 `forbidden`. Ids are shared by everyone: an id that is taken, also by another class’s quiz or a deleted quiz of another owner, is 409 `quiz-exists`; so is your own id sent with other content (update it with PUT). ' +
    'Retrying is safe: the same owner (the editor, or the same class’s key) sending the quiz it stored under that id again gets 200 with the stored version and `changed: false`, and nothing is stored. ' +
    'A draft’s id (`POST /v1/drafts`) depends only on the article, so publishers who may draft the same article should make the id their own before creating (the studio appends a tag of the class to a teacher’s drafted id).',
  security: authorSecurity,
  middleware: [authorAuth(), quizWriteLimit, limitBody(EDITOR_BODY_LIMIT)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: EditorQuizBody } } } },
  responses: {
    200: {
      description: 'Already created by the same owner with the same content (a retried create): nothing stored, `changed: false`',
      headers: QuizLocation,
      content: { 'application/json': { schema: SavedQuizSchema } },
    },
    201: { description: 'Created', headers: QuizLocation, content: { 'application/json': { schema: SavedQuizSchema } } },
    ...problemResponses(400, 401, 403, 409, 413, 415, 422),
  },
})
export type CreateQuizRoute = typeof createQuiz

export const updateQuiz = createRoute({
  method: 'put',
  path: '/{quizId}',
  summary: 'Update a quiz (editor or owning teacher)',
  description:
    'Replaces the quiz with the body, after the same checks as on create. Any change bumps the version (the same body again keeps it). When the article changed, questions whose evidence quote is gone fail the checks (422, naming them); questions whose quote is still there but whose paragraph changed are saved and listed in `stale` until an editor changes them. ' +
    'A teacher key updates only its class’s quizzes; any other id, a file quiz’s too, answers 404 as an unknown id does. A class’s quiz stays a classroom quiz (`visibility` defaults to `classroom`; `public` is 403), also for the editor.',
  security: authorSecurity,
  middleware: [authorAuth(), quizWriteLimit, limitBody(EDITOR_BODY_LIMIT)] as const,
  request: {
    params: QuizParams,
    headers: IfMatchHeader,
    body: { required: true, content: { 'application/json': { schema: EditorQuizBody } } },
  },
  responses: {
    200: { description: 'Saved', headers: VersionTagHeaders, content: { 'application/json': { schema: SavedQuizSchema } } },
    ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422),
  },
})
export type UpdateQuizRoute = typeof updateQuiz

export const deleteQuiz = createRoute({
  method: 'delete',
  path: '/{quizId}',
  summary: 'Delete a quiz (editor or owning teacher)',
  description:
    'Removes the quiz from the public endpoints and exports (404). Its saved versions stay in D1 (attempts refer to them): assignments of the quiz keep serving and grading its last version. Creating the id again continues the version numbers; only the quiz’s owner (its class, or the editor for an editor’s quiz) may. ' +
    'A teacher key deletes only its class’s quizzes; any other id answers 404 as an unknown id does.',
  security: authorSecurity,
  middleware: [authorAuth(), quizWriteLimit] as const,
  request: { params: QuizParams, headers: IfMatchHeader },
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses(400, 401, 404, 409, 412),
  },
})
export type DeleteQuizRoute = typeof deleteQuiz

export const getQuizSource = createRoute({
  method: 'get',
  path: '/{quizId}/source',
  summary: 'Get a quiz with its answer keys and article text (editor or owning teacher)',
  description:
    'The quiz file as stored, answer keys included, with its article text. The editor token reads every quiz, file quizzes too (`readOnly: true`); a teacher key only its class’s quizzes: any other id answers 404 as an unknown id does.',
  security: authorSecurity,
  middleware: [authorAuth()] as const,
  request: { params: QuizParams },
  responses: {
    200: { description: 'The quiz file and article as stored', headers: VersionTagHeaders, content: { 'application/json': { schema: QuizSourceSchema } } },
    ...problemResponses(400, 401, 404),
  },
})
export type GetQuizSourceRoute = typeof getQuizSource
