import { Hono, type Context, type Env, type Handler, type Input, type MiddlewareHandler, type TypedResponse, type ValidationTargets } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ClientErrorStatusCode, InfoStatusCode, RedirectStatusCode, ServerErrorStatusCode, StatusCode, SuccessStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'
import { mergePath } from 'hono/utils/url'
import { validator } from 'hono/validator'
import { $constructor, $ZodError, _safeParseAsync, type $ZodErrorClass, type $ZodType, type input, type output } from 'zod/v4/core'

/**
 * The routes of the API without `@hono/zod-openapi`: {@link ApiRouter.openapi} validates a request
 * exactly as `OpenAPIHono.openapi` (1.6.3) does at runtime, for schemas of either zod API (classic
 * `zod` or `zod/mini`, which share `zod/v4/core`), and records each route's definition in
 * {@link ApiRouter.routeDefinitions}, from which the build generates the OpenAPI document in Node.
 * A Worker that starts with it evaluates neither zod's classic API nor zod-to-openapi.
 */

type MaybePromise<T> = T | Promise<T>

/** A request schema: any zod schema, classic or mini. */
export type RequestSchema = $ZodType

/** One media type of a request or response body: its schema (zod, or an OpenAPI schema object) and examples. */
export type MediaTypeConfig = { schema?: $ZodType | Record<string, unknown>; example?: unknown; examples?: Record<string, unknown>; [key: string]: unknown }

/** A request body: one schema per media type. Unless `required`, a request without a matching `Content-Type` skips it. */
export type RequestBodyConfig = { content: Record<string, MediaTypeConfig>; required?: boolean; description?: string; [key: string]: unknown }

/** What a route validates, by part of the request. */
export type RouteRequest = {
  params?: RequestSchema
  query?: RequestSchema
  /** Its keys match header names whatever their case (as `@hono/zod-validator` does). */
  headers?: RequestSchema
  cookies?: RequestSchema
  body?: RequestBodyConfig
}

/** A response as the document describes it; not checked at runtime. */
export type ResponseConfig = {
  description: string
  headers?: unknown
  content?: Record<string, MediaTypeConfig>
  [key: string]: unknown
}

type AnyMiddleware = MiddlewareHandler<any, any, any>

/**
 * A route's definition: method, path (`{param}` as OpenAPI writes it), the middleware run before
 * its validators, the request schemas, the responses and the OpenAPI operation's other fields.
 * `hide` keeps the route out of the document but not out of {@link ApiRouter.routeDefinitions}.
 */
export type RouteConfig = {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch' | 'head' | 'options' | 'trace'
  path: string
  middleware?: AnyMiddleware | readonly AnyMiddleware[]
  hide?: boolean
  request?: RouteRequest
  responses: { readonly [status: string | number]: ResponseConfig | { $ref: string } }
  summary?: string
  description?: string
  operationId?: string
  tags?: readonly string[]
  security?: readonly Record<string, readonly string[]>[]
  deprecated?: boolean
  [key: string]: unknown
}

/** The route's definition as given, typed: literal types stay (`method`, `path`, the middleware tuple). */
export const createRoute = <const R extends RouteConfig>(config: R): R => config

// Types: as @hono/zod-openapi derives them, with zod/v4/core's `input`/`output` so mini schemas fit.

type HasUndefined<T> = undefined extends T ? true : false
type RequestPart<R extends RouteConfig, Part extends string> = Part extends keyof R['request'] ? R['request'][Part] : {}
type InputTypeBase<R extends RouteConfig, Part extends string, Target extends keyof ValidationTargets> = R['request'] extends RouteRequest
  ? RequestPart<R, Part> extends infer Schema extends $ZodType
    ? {
        in: {
          [K in Target]: HasUndefined<ValidationTargets[K]> extends true
            ? { [K2 in keyof input<Schema>]?: input<Schema>[K2] }
            : { [K2 in keyof input<Schema>]: input<Schema>[K2] }
        }
        out: { [K in Target]: output<Schema> }
      }
    : {}
  : {}

type IsJson<T> = T extends `application/${infer Start}json${string}` ? (Start extends '' | `${string}+` | `vnd.${string}+` ? 'json' : never) : never
type IsForm<T> = T extends `multipart/form-data${string}` | `application/x-www-form-urlencoded${string}` ? 'form' : never

type InputTypeBody<R extends RouteConfig, Target extends 'json' | 'form'> = R['request'] extends { body?: infer Body }
  ? Body extends { content: infer Content }
    ? (Target extends 'json' ? IsJson<keyof Content> : IsForm<keyof Content>) extends never
      ? {}
      : Content[keyof Content] extends Record<'schema', infer Schema extends $ZodType>
        ? { in: { [K in Target]: input<Schema> }; out: { [K in Target]: output<Schema> } }
        : {}
    : {}
  : {}

/** What `c.req.valid(target)` returns for each target the route declares: the schema's output. */
export type ComputeInput<R extends RouteConfig> = InputTypeBase<R, 'params', 'param'> &
  InputTypeBase<R, 'query', 'query'> &
  InputTypeBase<R, 'headers', 'header'> &
  InputTypeBase<R, 'cookies', 'cookie'> &
  InputTypeBody<R, 'form'> &
  InputTypeBody<R, 'json'>

/** `/quizzes/{quizId}` → `/quizzes/:quizId`, the path Hono routes. */
export type ConvertPathType<T extends string> = T extends `${infer Start}/{${infer Param}}${infer Rest}` ? `${Start}/:${Param}${ConvertPathType<Rest>}` : T

type AsArray<T> = T extends undefined ? [] : T extends readonly unknown[] ? T : [T]
type DeepSimplify<T> = { [K in keyof T]: T[K] extends Record<string, unknown> ? DeepSimplify<T[K]> : T[K] } & {}
type OfHandlerType<T> = T extends MiddlewareHandler<infer E, infer P, infer I> ? { env: E; path: P; input: I } : never
type MiddlewareToHandlerType<M extends readonly unknown[]> = M extends readonly [infer First, infer Second, ...infer Rest]
  ? MiddlewareToHandlerType<
      [
        MiddlewareHandler<
          DeepSimplify<OfHandlerType<First>['env'] & OfHandlerType<Second>['env']>,
          OfHandlerType<First>['path'],
          OfHandlerType<First>['input']
        >,
        ...Rest,
      ]
    >
  : M extends readonly [infer Last]
    ? Last
    : MiddlewareHandler<Env>
type RouteMiddlewareParams<R extends RouteConfig> = OfHandlerType<MiddlewareToHandlerType<AsArray<R['middleware']>>>

/** The Env the route's middleware contributes (`c.var.teacherClass`), as @hono/zod-openapi derives it. */
export type RouteConfigToEnv<R extends RouteConfig> = RouteMiddlewareParams<R> extends never ? Env : RouteMiddlewareParams<R>['env']

// Responses: what the handler may return, from `responses` (a JSON body typed by its schema's output).

type StatusCodeRanges = {
  '1XX': InfoStatusCode
  '2XX': SuccessStatusCode
  '3XX': RedirectStatusCode
  '4XX': ClientErrorStatusCode
  '5XX': ServerErrorStatusCode
}
type RouteStatusCode = keyof StatusCodeRanges | StatusCode
type ExtractStatusCode<T> = T extends keyof StatusCodeRanges ? StatusCodeRanges[T] : T
type DefinedStatusCodes<R extends RouteConfig> = keyof R['responses'] & RouteStatusCode
type ExtractContent<T> = T extends { [K in keyof T]: infer A } ? (A extends Record<'schema', infer Schema extends $ZodType> ? output<Schema> : never) : never
type ReturnJsonOrTextOrResponse<ContentType, Content, Code extends StatusCode> = ContentType extends string
  ? ContentType extends `application/${infer Start}json${string}`
    ? Start extends '' | `${string}+` | `vnd.${string}+`
      ? TypedResponse<JSONParsed<Content>, Code, 'json'>
      : never
    : ContentType extends `text/plain${string}`
      ? TypedResponse<Content, Code, 'text'>
      : Response
  : never
type ResponseOf<Entry, Code extends StatusCode> = Entry extends { content: infer Content }
  ? undefined extends Content
    ? never
    : ReturnJsonOrTextOrResponse<keyof Content, ExtractContent<Content>, Code>
  : TypedResponse<{}, Code, string>

/** The typed responses a route's handler may return, one per declared status. */
export type RouteConfigToTypedResponse<R extends RouteConfig> =
  | {
      [Status in DefinedStatusCodes<R>]: ExtractStatusCode<Status> extends infer Code extends StatusCode ? ResponseOf<R['responses'][Status], Code> : never
    }[DefinedStatusCodes<R>]
  | ('default' extends keyof R['responses']
      ? Exclude<StatusCode, ExtractStatusCode<DefinedStatusCodes<R>>> extends infer Code extends StatusCode
        ? ResponseOf<R['responses']['default'], Code>
        : never
      : never)

/** Every response has a zod schema per media type: only typed responses; else a plain `Response` too. */
type RouteHandlerResponse<R extends RouteConfig> = R extends { responses: { [status: number]: { content: { [mediaType: string]: { schema: $ZodType } } } } }
  ? MaybePromise<RouteConfigToTypedResponse<R>>
  : MaybePromise<RouteConfigToTypedResponse<R>> | MaybePromise<Response>

/**
 * The handler of a route: `c.req.valid('json' | 'param' | 'query' | 'header' | 'cookie' | 'form')`
 * is the output of the route's schema for that part, `c.req.param()` knows the path's parameters,
 * and it returns one of the declared responses (`c.json(body, 201)`).
 */
export type RouteHandler<
  R extends RouteConfig,
  E extends Env = RouteConfigToEnv<R>,
  I extends Input = ComputeInput<R>,
  P extends string = ConvertPathType<R['path']>,
> = Handler<E, P, I, RouteHandlerResponse<R>>

/** The outcome of one part's validation, as a hook receives it. */
export type HookResult<T> = { target: keyof ValidationTargets } & ({ success: true; data: T } | { success: false; error: $ZodError; data: unknown })

/**
 * Runs after a part of the request is validated, before the handler: it may answer (a `Response`,
 * or `{ response }`) or throw; returning nothing lets a valid request through and answers an invalid
 * one with `c.json(result, 400)`.
 */
export type Hook<T, E extends Env, P extends string, R> = (result: HookResult<T>, c: Context<E, P>) => R

export type ApiRouterOptions<E extends Env> = ConstructorParameters<typeof Hono<E>>[0] & {
  /** The hook of every route given none of its own (nor found on a router this one is mounted on). */
  defaultHook?: Hook<any, E, any, any>
}

/**
 * The validation error: zod's core error named as the classic API names its own (`ZodError`, which
 * `instanceof` recognises too), so that the 400 a route without a hook answers is the very body
 * OpenAPIHono answers, without loading the classic API.
 */
const ValidationError: $ZodErrorClass = $constructor(
  'ZodError',
  (inst: $ZodError, issues: $ZodError['issues']) => {
    $ZodError.init(inst, issues)
    inst.name = 'ZodError'
  },
  undefined,
  { Parent: Error },
)

/** `schema.safeParseAsync(value)` of either zod API, as a function, so mini schemas (and no classic API) do. */
const safeParseAsync = _safeParseAsync(ValidationError)

/** The schema parts `zValidator` would accept: zod schemas (an OpenAPI schema object only documents). */
function isZodSchema(schema: unknown): schema is $ZodType {
  return typeof schema === 'object' && schema !== null && '_zod' in schema
}

/** Declared header keys by their lower case: Hono hands headers lower-cased. Of an object (or a pipe from one). */
function headerKeys(schema: $ZodType): Record<string, string> | undefined {
  const def = schema._zod.def as { type: string; in?: $ZodType; shape?: Record<string, unknown> }
  const shape = def.type === 'pipe' ? (def.in?._zod.def as { shape?: Record<string, unknown> }).shape : def.shape
  return shape ? Object.fromEntries(Object.keys(shape).map((key) => [key.toLowerCase(), key])) : undefined
}

/** `zValidator(target, schema, hook)` of @hono/zod-validator, with zod's core parse. */
function zodValidator(target: keyof ValidationTargets, schema: $ZodType, hook: Hook<any, any, any, any>): MiddlewareHandler {
  const keymap = target === 'header' ? headerKeys(schema) : undefined
  return validator(target, async (value, c) => {
    let validatorValue: unknown = value
    if (keymap) validatorValue = Object.fromEntries(Object.entries(value).map(([key, v]) => [keymap[key] || key, v]))
    const result = await safeParseAsync(schema, validatorValue)
    const hookResult = await hook({ data: validatorValue, ...result, target } as HookResult<unknown>, c)
    if (hookResult) {
      if (hookResult instanceof Response) return hookResult
      if ('response' in (hookResult as object)) return (hookResult as { response: Response }).response
    }
    if (!result.success) return c.json(result, 400)
    return result.data as never
  })
}

export function isJSONContentType(contentType: string): boolean {
  return /^application\/([a-z-.]+\+)?json/i.test(contentType)
}

export function isFormContentType(contentType: string): boolean {
  const lower = contentType.toLowerCase()
  return lower.startsWith('multipart/form-data') || lower.startsWith('application/x-www-form-urlencoded')
}

const jsonRequestRegex = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i
const multipartRequestRegex = /^multipart\/form-data(;\s?boundary=[a-zA-Z0-9'"()+_,\-./:=?]+)?$/i
const urlencodedRequestRegex = /^application\/x-www-form-urlencoded(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i

/** Whether a request's `Content-Type` is one of a declared body's media types (@hono/zod-openapi's test). */
export function matchesMediaType(contentType: string, mediaType: string): boolean {
  if (mediaType === '*/*') return true
  if (isJSONContentType(mediaType)) return jsonRequestRegex.test(contentType)
  if (isFormContentType(mediaType)) return multipartRequestRegex.test(contentType) || urlencodedRequestRegex.test(contentType)
  const essence = contentType.split(';')[0]!.trim().toLowerCase()
  if (mediaType.endsWith('/*')) return essence.startsWith(mediaType.slice(0, -1).toLowerCase())
  return essence === mediaType.toLowerCase()
}

/** Whether the request has a body of at least one byte, read from a clone (or Hono's cache). */
async function hasRequestBody(c: Context): Promise<boolean> {
  const raw = c.req.raw
  if (raw.body === null) return false
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0
  const body = raw.clone().body
  if (body === null) return false
  const reader = body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return false
      if (value.byteLength > 0) return true
    }
  } finally {
    reader.cancel().catch(() => {})
  }
}

/** 415 for a body sent as no declared media type, or sent without a `Content-Type`. */
function mediaTypeGate(declaredMediaTypes: string[]): MiddlewareHandler {
  return async (c, next) => {
    const contentType = c.req.header('content-type')
    if (contentType) {
      if (!declaredMediaTypes.some((mediaType) => matchesMediaType(contentType, mediaType))) throw new HTTPException(415, { message: 'Unsupported Media Type' })
    } else if (await hasRequestBody(c)) throw new HTTPException(415, { message: 'Unsupported Media Type' })
    await next()
  }
}

/** A body that may be left out: validated only when sent as its media type, else `{}`. */
function optionalBody(target: 'json' | 'form', validate: MiddlewareHandler, matches: (contentType: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const contentType = c.req.header('content-type')
    if (contentType && matches(contentType)) return await validate(c, next)
    c.req.addValidatedData(target, {})
    await next()
  }
}

/** The validators of a route's request, in OpenAPIHono's order: query, param, header, cookie, then the body. */
function requestValidators(request: RouteRequest | undefined, hook: Hook<any, any, any, any>): MiddlewareHandler[] {
  const validators: MiddlewareHandler[] = []
  if (request?.query) validators.push(zodValidator('query', request.query, hook))
  if (request?.params) validators.push(zodValidator('param', request.params, hook))
  if (request?.headers) validators.push(zodValidator('header', request.headers, hook))
  if (request?.cookies) validators.push(zodValidator('cookie', request.cookies, hook))
  const content = request?.body?.content
  if (!content) return validators
  const declaredMediaTypes = Object.keys(content)
  if (declaredMediaTypes.some((mediaType) => isZodSchema(content[mediaType]?.schema) && (isJSONContentType(mediaType) || isFormContentType(mediaType)))) {
    validators.push(mediaTypeGate(declaredMediaTypes))
  }
  const required = request?.body?.required
  for (const mediaType of declaredMediaTypes) {
    const schema = content[mediaType]?.schema
    if (!isZodSchema(schema)) continue
    if (isJSONContentType(mediaType)) {
      const validate = zodValidator('json', schema, hook)
      validators.push(required ? validate : optionalBody('json', validate, isJSONContentType))
    }
    if (isFormContentType(mediaType)) {
      const validate = zodValidator('form', schema, hook)
      validators.push(required ? validate : optionalBody('form', validate, isFormContentType))
    }
  }
  return validators
}

/**
 * A Hono router whose routes are declared with {@link createRoute}: `openapi(route, handler, hook?)`
 * runs the route's middleware, validates each declared part of the request, then the handler.
 * Mounting one on another (`route(path, router)`) adds its definitions, paths prefixed, and lets its
 * routes fall back on the parent's `defaultHook`, as OpenAPIHono does.
 */
export class ApiRouter<E extends Env = Env> extends Hono<E> {
  /** The hook of routes given none; unset, a router it is mounted on lends its own. */
  readonly defaultHook?: Hook<any, E, any, any>
  /** Every route given to `openapi` (and of the routers mounted on this one), in order, hidden ones included: the build step's input for the OpenAPI document. */
  readonly routeDefinitions: RouteConfig[] = []
  #parent: ApiRouter<any> | undefined

  constructor(options: ApiRouterOptions<E> = {}) {
    super(options)
    this.defaultHook = options.defaultHook
  }

  #resolveDefaultHook(): Hook<any, any, any, any> | undefined {
    const seen = new Set<ApiRouter<any>>([this])
    if (this.defaultHook) return this.defaultHook
    for (let parent = this.#parent; parent && !seen.has(parent); parent = parent.#parent) {
      if (parent.defaultHook) return parent.defaultHook
      seen.add(parent)
    }
    return undefined
  }

  /**
   * Serves `route`: its middleware, the validators of its request, then `handler`. A part that fails
   * validation goes to `hook` (else the `defaultHook`); a hook that neither answers nor throws leaves
   * a 400 with zod's result as JSON.
   */
  openapi<R extends RouteConfig, I extends Input = ComputeInput<R>, P extends string = ConvertPathType<R['path']>>(
    route: R,
    handler: Handler<R['middleware'] extends AnyMiddleware | readonly AnyMiddleware[] ? RouteMiddlewareParams<R>['env'] & E : E, P, I, RouteHandlerResponse<R>>,
    hook?: Hook<I, E, P, RouteHandlerResponse<R> | undefined>,
  ): this {
    this.routeDefinitions.push(route)
    const effectiveHook: Hook<any, any, any, any> =
      hook ??
      ((result, c) => {
        const resolved = this.#resolveDefaultHook()
        return resolved ? resolved(result, c) : undefined
      })
    const validators = requestValidators(route.request, effectiveHook)
    const middleware = route.middleware === undefined ? [] : Array.isArray(route.middleware) ? route.middleware : [route.middleware]
    this.on([route.method], [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')], ...(middleware as MiddlewareHandler[]), ...validators, handler as Handler)
    return this
  }

  /** Mounts `app` at `path`; an ApiRouter's definitions are added with the mounted path (`{param}` form). */
  override route(path: string, app: Hono<any, any, any>): this {
    super.route(path, app)
    if (!(app instanceof ApiRouter)) return this
    app.#parent ??= this
    const at = path.replaceAll(/:([^/]+)/g, '{$1}')
    const base = (app as unknown as { _basePath: string })._basePath.replaceAll(/:([^/]+)/g, '{$1}')
    for (const definition of app.routeDefinitions) this.routeDefinitions.push({ ...definition, path: mergePath(at, base, definition.path) })
    return this
  }
}
