import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type * as z from '../core/zod.ts'
import { prefersHtml } from './accept.ts'
import { notFoundPage } from './html-page.ts'
import { findJsonSyntaxError } from './json-syntax.ts'

/**
 * Every client error the API returns is an RFC 9457 problem document:
 * `{ type, title, status, detail, code, instance, ...extras }` served as `application/problem+json`.
 * `code` is the stable, machine-readable name; `type` links to its entry in the docs.
 *
 * This table is the one source of the codes: `/docs`, the OpenAPI document (`x-problem-codes`) and
 * the table of docs/api.md (`npm run docs:write`, checked by tests/core/problem-codes.test.ts) are
 * rendered from it. Add a code here (default status, title, and when it is answered) before throwing it.
 * `help` is Markdown with `code` spans only.
 */
export const PROBLEM_CODES = {
  'bad-request': { status: 400, title: 'Bad request', help: 'The request is malformed in a way no more specific code covers.' },
  'invalid-json': {
    status: 400,
    title: 'Malformed JSON',
    help: 'The body is not valid JSON (an empty body included). Extra members `line` and `column` (1-based, in UTF-16 code units as `JSON.parse` counts) say where it breaks, and `detail` what was expected there.',
  },
  'validation-failed': {
    status: 422,
    title: 'Validation failed',
    help: 'A field has the wrong shape or value: 422 for the body, 400 for a query, path or header parameter (e.g. `?lang=fr`, a missing `Idempotency-Key`). `errors` lists `{ path, message, in, pointer }` per field, e.g. `answers.meeting-duration` (`pointer`, for a body field, the same as an RFC 6901 JSON Pointer: `/answers/meeting-duration`), including answers to questions the quiz does not have and choice ids their question does not have (`answers.training-areas[1]`, pointer `/answers/training-areas/1`).',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    help: 'The `Authorization: Bearer …` key or token is missing or wrong (`WWW-Authenticate` says which realm).',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    help: 'The key is valid but does not allow this: exporting a quiz your class neither owns nor has an assignment of, or `visibility: "public"` for a class’s quiz (only the editor token publishes).',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    help: 'Nothing is served at this path (or `/oembed` was given a URL that is not an embed page of this host).',
  },
  'quiz-not-found': {
    status: 404,
    title: 'Quiz not found',
    help: 'No public quiz has this id (a classroom quiz gets the same answer), or none your key opens: a teacher key gets this for every quiz its class does not own, exactly as for an unknown id. Extra member `quizId`.',
  },
  'question-not-found': {
    status: 404,
    title: 'Question not found',
    help: 'The quiz (or the draft in the body) has no question with this id. Extra members `quizId`, `questionId`.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    help: 'The path exists but not for this method; the `Allow` header (and the `allow` member) lists its methods.',
  },
  conflict: { status: 409, title: 'Conflict', help: 'The request conflicts with the current state.' },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    help: 'The body is larger than the endpoint accepts (`limit` in bytes): 64 KiB for grading and attempts, 1 MiB for quizzes and drafts; or a draft’s article is longer than 20,000 words.',
  },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type', help: 'A body not sent as `Content-Type: application/json`.' },
  'class-not-found': { status: 404, title: 'Class not found', help: 'No class with this id for this teacher key (another class’s key gets the same answer).' },
  'assignment-not-found': {
    status: 404,
    title: 'Assignment not found',
    help: 'No assignment with this id or code, or a submission that raced the assignment’s deletion (nothing is stored).',
  },
  'attempts-not-found': {
    status: 404,
    title: 'No attempts of this student',
    help: 'The assignment has no attempt by this `studentKey` (as the results give it), or they were deleted already.',
  },
  'attempt-not-found': {
    status: 404,
    title: 'Attempt not found',
    help: 'The assignment has no attempt with this id (`GET /v1/assignments/{code}/attempts/{attemptId}`): mistyped, of another assignment, or deleted by the teacher. Extra member `attemptId`.',
  },
  'student-not-found': {
    status: 404,
    title: 'Student not found',
    help: 'No student on the class list with this `studentId` (`DELETE /v1/classes/{classId}/students/{studentId}`, extra member `studentId`), or with this personal code (`GET /v1/assignments/{code}/students/{studentCode}`).',
  },
  'assignment-not-open': { status: 403, title: 'Assignment not open yet', help: 'The assignment opens later (`opensAt`).' },
  'assignment-closed': { status: 403, title: 'Assignment closed', help: 'The assignment is past its `dueAt`.' },
  'max-attempts-reached': { status: 409, title: 'No attempts left', help: 'This student used every attempt the assignment allows (`maxAttempts`).' },
  'idempotency-conflict': {
    status: 422,
    title: 'Idempotency key reused with a different request',
    help: 'The `Idempotency-Key` (or `clientAttemptId`) was used before with a different name, personal code, device or answers. The stored attempt is not named: its id is the credential for reading it.',
  },
  'student-code-required': {
    status: 422,
    title: 'This class has a class list: send your personal code',
    help: 'The assignment’s class has a class list (roster): send the student’s personal code as `studentCode` instead of a name. `errors` names `studentCode`.',
  },
  'student-code-unknown': {
    status: 422,
    title: 'No student of this class has that personal code',
    help: 'No student on the class list has this `studentCode`, or the class has no class list (send `name` then). `errors` names `studentCode`.',
  },
  'quiz-invalid': {
    status: 422,
    title: 'Quiz does not pass the content checks',
    help: 'A quiz sent to the editor API fails the content checks of `npm run check:questions`. `issues` lists `{ check, path, pointer, message }`, e.g. `evidence-quote-verbatim` at `questions[3].evidence.quote` (`pointer` `/questions/3/evidence/quote`); `errors` lists the same fields as `validation-failed` does.',
  },
  'quiz-exists': {
    status: 409,
    title: 'Quiz already exists',
    help: 'POST of a quiz whose id is taken (by a file quiz, a stored one, or a deleted quiz of another owner); update your own with PUT, or choose another id.',
  },
  'quiz-read-only': {
    status: 409,
    title: 'Quiz is a file quiz and read-only',
    help: 'PUT or DELETE of a file quiz (from `questions/`): change the file and redeploy.',
  },
  'version-conflict': {
    status: 409,
    title: 'Quiz changed since the version you edited',
    help: 'PUT with a `version` older than the stored one, or a concurrent save: reload, re-apply, save again. `currentVersion` is the stored version.',
  },
  'precondition-failed': {
    status: 412,
    title: 'The quiz is not the version you read',
    help: 'PUT or DELETE of a quiz with an `If-Match` that is not its current `ETag` (`"v<version>"`, sent by `…/source` and every save): someone saved a newer version. Reload, re-apply, save again. `currentVersion` is the stored version.',
  },
  'article-empty': { status: 422, title: 'Article text is empty', help: '`POST /v1/drafts` with an empty or blank `articleText` (`errors` names it).' },
  'article-binary': {
    status: 422,
    title: 'Article text is binary data',
    help: '`POST /v1/drafts` with a file read as text (NUL bytes, control characters): send the article’s text. `errors` names `articleText`.',
  },
  'article-no-sentences': {
    status: 422,
    title: 'Article text has no sentences',
    help: '`POST /v1/drafts` with text that has no sentence to ask about (a word list, numbers, a title alone). `errors` names `articleText`.',
  },
  'language-unsupported': {
    status: 422,
    title: 'Article language not supported',
    help: '`POST /v1/drafts` with an article in neither Arabic nor English. `errors` names `articleText`.',
  },
  'language-mismatch': {
    status: 422,
    title: 'Article is not in the given language',
    help: '`POST /v1/drafts` with a `lang` the article is not written in; leave `lang` out to have it detected. `errors` names `lang`.',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    help: 'Too many requests from this client (for the quiz writes: by this author, a class or the editor token); wait `Retry-After` seconds (`retryAfter` in the body). See the rate limits.',
  },
  'format-not-implemented': {
    status: 501,
    title: 'Format not implemented',
    help: '`/oembed` with a `format` other than `json` (the oEmbed spec asks for 501).',
  },
  'internal-error': {
    status: 500,
    title: 'Internal server error',
    help: 'A bug on our side; the body says nothing more and the error is logged. No client input should ever produce it.',
  },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string; help: string }>

export type ProblemCode = keyof typeof PROBLEM_CODES

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/**
 * One failing field of a request: `path` is dotted (`answers.meeting-duration`), `in` where it was
 * sent, and `pointer` the body field as a JSON Pointer (filled in from `path` when left out).
 */
export type FieldError = {
  path: string
  message: string
  in?: 'body' | 'query' | 'path' | 'header'
  pointer?: string
}

/**
 * A field's RFC 6901 JSON Pointer: from its path segments, or from a written path
 * (`questions[3].evidence.quote` → `/questions/3/evidence/quote`; `''`, the whole body, → `''`).
 */
export function jsonPointer(path: string | readonly PropertyKey[]): string {
  const segments = typeof path === 'string' ? (path.match(/[^.[\]]+/g) ?? []) : path.map(String)
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

/** Adds `pointer` to the body's field errors and to content-check issues that lack one. */
function withPointers(extras: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!extras) return extras
  const point = (list: unknown, onlyBody: boolean) =>
    Array.isArray(list)
      ? list.map((item: { path?: unknown; in?: unknown; pointer?: unknown }) =>
          typeof item?.path === 'string' && item.pointer === undefined && (!onlyBody || item.in === undefined || item.in === 'body')
            ? { ...item, pointer: jsonPointer(item.path) }
            : item,
        )
      : list
  return {
    ...extras,
    ...('errors' in extras ? { errors: point(extras.errors, true) } : {}),
    ...('issues' in extras ? { issues: point(extras.issues, false) } : {}),
  }
}

export type ProblemOptions = {
  /** Overrides the code's default status (e.g. `validation-failed` is 400 for a bad query). */
  status?: ContentfulStatusCode
  /** Extension members added to the body, e.g. `{ errors: FieldError[] }` or `{ quizId }`. */
  extras?: Record<string, unknown>
  /** Response headers, e.g. `Allow` or `Retry-After`. */
  headers?: Record<string, string>
  cause?: unknown
}

/** An error that `onError` turns into a problem response. Throw it, or call `problem()`. */
export class ProblemError extends HTTPException {
  readonly code: ProblemCode
  readonly detail: string
  readonly extras: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(code: ProblemCode, detail: string, options: ProblemOptions = {}) {
    super(options.status ?? PROBLEM_CODES[code].status, { message: detail, cause: options.cause })
    this.name = 'ProblemError'
    this.code = code
    this.detail = detail
    this.extras = options.extras ?? {}
    this.headers = options.headers ?? {}
  }
}

/**
 * Throws a problem: `problem('quiz-not-found', 'No quiz "x".', { extras: { quizId } })`.
 * Typed `never`, so it ends a handler branch.
 */
export function problem(code: ProblemCode, detail: string, options?: ProblemOptions): never {
  throw new ProblemError(code, detail, options)
}

/** How many fields a validation problem's `detail` spells out; `errors` lists every one. */
const DETAIL_FIELDS = 3

/**
 * The `detail` of a validation problem: each field with what is wrong with it, so a developer reading
 * only `detail` (a log line, an alert) knows what to fix — `Invalid request query: limit: must be a
 * whole number from 1 to 100, given once.`; for the whole body (path `''`) only the message.
 */
export function validationDetail(location: NonNullable<FieldError['in']>, errors: readonly FieldError[]): string {
  const fields = errors.slice(0, DETAIL_FIELDS).map((e) => (e.path ? `${e.path}: ` : '') + e.message.replace(/\.$/, ''))
  const more = errors.length > DETAIL_FIELDS ? `; and ${errors.length - DETAIL_FIELDS} more (see errors)` : ''
  return `Invalid request ${location}: ${fields.join('; ')}${more}.`
}

/** Throws 422 `validation-failed` for fields of the request body, listed in `errors`. */
export function bodyInvalid(errors: FieldError[]): never {
  problem('validation-failed', validationDetail('body', errors), { extras: { errors } })
}

/** Builds the problem+json response for `code`; `type` points at the docs on the request's own host. */
export function problemResponse(c: Context, code: ProblemCode, detail: string, options: ProblemOptions = {}): Response {
  const status = options.status ?? PROBLEM_CODES[code].status
  const origin = new URL(c.req.url).origin
  const body = {
    ...withPointers(options.extras),
    type: `${origin}/docs#problem-${code}`,
    title: PROBLEM_CODES[code].title,
    status,
    detail,
    code,
    instance: c.req.path,
  }
  const headers = new Headers(options.headers)
  headers.set('Content-Type', PROBLEM_CONTENT_TYPE)
  return new Response(JSON.stringify(body), { status, headers })
}

const CODE_FOR_STATUS: Partial<Record<number, ProblemCode>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation-failed',
  429: 'rate-limited',
}

// Headers of an HTTPException's own response worth keeping (bearer-auth sets WWW-Authenticate).
const KEPT_HEADERS = ['www-authenticate', 'retry-after', 'allow']

/**
 * The app's error handler: problems become their response, Hono's HTTPExceptions (malformed JSON,
 * 413 from body-limit, 415 from the OpenAPI validator) get a matching code, and anything else is
 * logged and answered with a generic 500 that reveals nothing.
 */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ProblemError) {
    return problemResponse(c, err.code, err.detail, { status: err.status, extras: err.extras, headers: err.headers })
  }
  if (err instanceof HTTPException && err.status < 500) {
    const headers: Record<string, string> = {}
    for (const name of KEPT_HEADERS) {
      const value = err.res?.headers.get(name)
      if (value) headers[name] = value
    }
    if (err.status === 400 && /malformed json/i.test(err.message)) return invalidJsonProblem(c, headers)
    const code = CODE_FOR_STATUS[err.status] ?? 'bad-request'
    const detail = DEFAULT_DETAIL[code] ?? (err.message || PROBLEM_CODES[code].title)
    return problemResponse(c, code, detail, { status: err.status, headers })
  }
  console.error('unhandled error', c.req.method, c.req.path, err)
  return problemResponse(c, 'internal-error', 'Something went wrong on our side. Please try again later.')
}

/**
 * `invalid-json` with where the body breaks: the validator that threw has already read the body
 * into Hono's cache, so reading it again costs no I/O.
 */
async function invalidJsonProblem(c: Context, headers: Record<string, string>): Promise<Response> {
  const text = await c.req.text().catch(() => undefined)
  const error = text === undefined ? undefined : findJsonSyntaxError(text)
  if (text === undefined || !error) return problemResponse(c, 'invalid-json', 'The request body is not valid JSON.', { headers })
  const detail =
    text.trim() === ''
      ? 'The request body is empty; send a JSON document.'
      : `The request body is not valid JSON: ${error.reason} at line ${error.line}, column ${error.column}.`
  return problemResponse(c, 'invalid-json', detail, { headers, extras: { line: error.line, column: error.column } })
}

const DEFAULT_DETAIL: Partial<Record<ProblemCode, string>> = {
  'payload-too-large': 'The request body is larger than this endpoint accepts.',
  'unsupported-media-type': 'Send the request body as JSON with Content-Type: application/json.',
}

/**
 * The app's 404: any path no route answers. A person's browser navigating to a page (GET, `Accept`
 * preferring HTML, not under the API's `/v1/`) gets a page in their language; any other client, and
 * the API's paths, the `not-found` problem.
 */
export const notFound: NotFoundHandler = (c) => {
  const api = c.req.path.startsWith('/v1/')
  if (!api && (c.req.method === 'GET' || c.req.method === 'HEAD') && prefersHtml(c)) return notFoundPage(c.req.query('lang') === 'en' ? 'en' : 'ar')
  return problemResponse(c, 'not-found', `Nothing is served at ${c.req.path}.`, api ? {} : { headers: { Vary: 'Accept' } })
}

/** `onMethodNotAllowed` for hono's method-not-allowed middleware: a 405 problem with `Allow`. */
export function methodNotAllowedProblem(c: Context, methods: string[]): Response {
  const allow = methods.join(', ')
  return problemResponse(c, 'method-not-allowed', `${c.req.method} is not allowed here; use ${allow}.`, {
    headers: { Allow: allow },
    extras: { allow: methods },
  })
}

const TARGET_LOCATION = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'header',
} as const satisfies Record<string, FieldError['in']>

/** A header's name as the docs write it: `idempotency-key` → `Idempotency-Key`. */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase())
}

/**
 * Turns a zod error into field errors with dotted paths; a header is named as the docs write it
 * (`Idempotency-Key`, whatever case it was sent or declared in). A body field no schema knows (a
 * strict object's `unrecognized_keys`) is one error per field, at the field.
 */
export function fieldErrors(error: z.core.$ZodError, location?: FieldError['in']): FieldError[] {
  const issues = error.issues.flatMap((issue): { path: PropertyKey[]; message: string }[] =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ path: [...issue.path, key], message: issue.message })) : [issue],
  )
  return issues.map((issue) => ({
    path: location === 'header' ? issue.path.map((segment) => headerName(String(segment))).join('.') : issue.path.map(String).join('.'),
    message: issue.message,
    ...(location ? { in: location } : {}),
    ...(location === undefined || location === 'body' ? { pointer: jsonPointer(issue.path) } : {}),
  }))
}

/**
 * The `defaultHook` of every OpenAPIHono router: a failed body validation is a 422, a failed
 * query, path or header validation a 400, both `validation-failed` with `errors` naming the fields.
 */
export function validationHook(
  result: { target: string; success: true; data: unknown } | { target: string; success: false; error: z.core.$ZodError },
  _c: Context,
): void {
  if (result.success) return
  const location = TARGET_LOCATION[result.target as keyof typeof TARGET_LOCATION] ?? 'body'
  const errors = fieldErrors(result.error, location)
  problem('validation-failed', validationDetail(location, errors), {
    status: location === 'body' ? 422 : 400,
    extras: { errors },
  })
}
