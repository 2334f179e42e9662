import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from '@hono/zod-openapi'
import type { ZodError } from 'zod'

/**
 * Every client error the API returns is an RFC 9457 problem document:
 * `{ type, title, status, detail, code, instance, ...extras }` served as `application/problem+json`.
 * `code` is the stable, machine-readable name; `type` links to its entry in the docs.
 *
 * Add a code here (with its default status and title) before throwing it.
 */
export const PROBLEM_CODES = {
  'bad-request': { status: 400, title: 'Bad request' },
  'invalid-json': { status: 400, title: 'Malformed JSON' },
  'validation-failed': { status: 422, title: 'Validation failed' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'quiz-not-found': { status: 404, title: 'Quiz not found' },
  'question-not-found': { status: 404, title: 'Question not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'class-not-found': { status: 404, title: 'Class not found' },
  'assignment-not-found': { status: 404, title: 'Assignment not found' },
  'assignment-not-open': { status: 403, title: 'Assignment not open yet' },
  'assignment-closed': { status: 403, title: 'Assignment closed' },
  'max-attempts-reached': { status: 409, title: 'No attempts left' },
  'student-code-required': { status: 422, title: 'This class has a roster: send your personal code' },
  'student-code-unknown': { status: 422, title: 'No student of this class has that personal code' },
  'idempotency-conflict': { status: 422, title: 'Idempotency key reused with a different request' },
  'quiz-invalid': { status: 422, title: 'Quiz does not pass the content checks' },
  'quiz-exists': { status: 409, title: 'Quiz already exists' },
  'quiz-read-only': { status: 409, title: 'Quiz is a file quiz and read-only' },
  'version-conflict': { status: 409, title: 'Quiz changed since the version you edited' },
  'article-empty': { status: 422, title: 'Article text is empty' },
  'article-binary': { status: 422, title: 'Article text is binary data' },
  'article-no-sentences': { status: 422, title: 'Article text has no sentences' },
  'language-unsupported': { status: 422, title: 'Article language not supported' },
  'language-mismatch': { status: 422, title: 'Article is not in the given language' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'format-not-implemented': { status: 501, title: 'Format not implemented' },
  'internal-error': { status: 500, title: 'Internal server error' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ProblemCode = keyof typeof PROBLEM_CODES

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The problem document, for route `responses` (`problemResponses(400, 404)`) and the OpenAPI spec. */
export const ProblemSchema = z
  .looseObject({
    type: z.url(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ example: 'quiz-not-found' }),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), in: z.string().optional() })).optional(),
  })
  .openapi('Problem')

const STATUS_DESCRIPTION: Record<number, string> = {
  400: 'Malformed JSON, or an invalid query or path parameter',
  401: 'Missing or wrong credentials',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  422: 'Request body has the wrong shape',
  429: 'Too many requests',
}

/** The `responses` entries of a route's error statuses, all `application/problem+json`. */
export function problemResponses(...statuses: (keyof typeof STATUS_DESCRIPTION)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: STATUS_DESCRIPTION[status]!, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
    ]),
  )
}

/** One failing field of a request: `path` is dotted (`answers.meeting-duration`), `in` where it was sent. */
export type FieldError = {
  path: string
  message: string
  in?: 'body' | 'query' | 'path' | 'header'
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

/** Throws 422 `validation-failed` for fields of the request body, listed in `errors`. */
export function bodyInvalid(errors: FieldError[]): never {
  problem('validation-failed', `Invalid request body: ${errors.map((e) => e.path).join(', ')}.`, { extras: { errors } })
}

/** Builds the problem+json response for `code`; `type` points at the docs on the request's own host. */
export function problemResponse(c: Context, code: ProblemCode, detail: string, options: ProblemOptions = {}): Response {
  const status = options.status ?? PROBLEM_CODES[code].status
  const origin = new URL(c.req.url).origin
  const body = {
    ...options.extras,
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
    if (err.status === 400 && /malformed json/i.test(err.message)) {
      return problemResponse(c, 'invalid-json', 'The request body is not valid JSON.', { headers })
    }
    const code = CODE_FOR_STATUS[err.status] ?? 'bad-request'
    const detail = DEFAULT_DETAIL[code] ?? (err.message || PROBLEM_CODES[code].title)
    return problemResponse(c, code, detail, { status: err.status, headers })
  }
  console.error('unhandled error', c.req.method, c.req.path, err)
  return problemResponse(c, 'internal-error', 'Something went wrong on our side. Please try again later.')
}

const DEFAULT_DETAIL: Partial<Record<ProblemCode, string>> = {
  'payload-too-large': 'The request body is larger than this endpoint accepts.',
  'unsupported-media-type': 'Send the request body as JSON with Content-Type: application/json.',
}

/** The app's 404: any path no route answers. */
export const notFound: NotFoundHandler = (c) =>
  problemResponse(c, 'not-found', `Nothing is served at ${c.req.path}.`)

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

/** Turns a zod error into field errors with dotted paths. */
export function fieldErrors(error: ZodError, location?: FieldError['in']): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...(location ? { in: location } : {}),
  }))
}

/**
 * The `defaultHook` of every OpenAPIHono router: a failed body validation is a 422, a failed
 * query, path or header validation a 400, both `validation-failed` with `errors` naming the fields.
 */
export function validationHook(
  result: { target: string; success: true; data: unknown } | { target: string; success: false; error: ZodError },
  _c: Context,
): void {
  if (result.success) return
  const location = TARGET_LOCATION[result.target as keyof typeof TARGET_LOCATION] ?? 'body'
  const errors = fieldErrors(result.error, location)
  const where = errors.map((e) => e.path || location).join(', ')
  problem('validation-failed', `Invalid request ${location}: ${where}.`, {
    status: location === 'body' ? 422 : 400,
    extras: { errors },
  })
}
