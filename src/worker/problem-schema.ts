import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'
import { PROBLEM_CONTENT_TYPE, type ProblemCode } from './problem.ts'

/**
 * The problem document as the routes' definitions describe it (their `responses`, and the OpenAPI
 * document's `Problem` schema). Apart from problem.ts, which answers with problems at runtime, so
 * that an answer needs no zod.
 */

/** The problem document, for route `responses` (`problemResponses(400, 404)`) and the OpenAPI spec. */
export const ProblemSchema = openapi(
  z.looseObject({
    type: z.url(),
    title: z.string(),
    status: z.number().check(z.int()),
    detail: z.string(),
    code: openapi(z.string(), { example: 'quiz-not-found' }),
    instance: z.optional(z.string()),
    errors: z.optional(
      z.array(
        z.object({
          path: z.string(),
          message: z.string(),
          in: z.optional(z.string()),
          pointer: openapi(z.optional(z.string()), {
            description:
              'For a field of the body: the same field as an RFC 6901 JSON Pointer into the body sent (`/answers/meeting-duration`, `/questions/3/evidence/quote`).',
          }),
        }),
      ),
    ),
    issues: openapi(z.optional(z.array(z.object({ check: z.string(), path: z.string(), pointer: z.string(), message: z.string() }))), {
      description:
        '`quiz-invalid`: each content check that failed, with the field it names (`pointer`: the same field as a JSON Pointer; `""` is the whole quiz).',
    }),
  }),
  'Problem',
  {
    example: {
      type: 'https://fahm.example/docs#problem-validation-failed',
      title: 'Validation failed',
      status: 422,
      detail: 'Invalid request body: answers.meeting-duration: must be a number or a string.',
      code: 'validation-failed',
      instance: '/v1/quizzes/kim-putin-beijing/grade',
      errors: [{ path: 'answers.meeting-duration', message: 'must be a number or a string', in: 'body', pointer: '/answers/meeting-duration' }],
    },
  },
)

const STATUS_DESCRIPTION: Record<number, string> = {
  400: 'Malformed JSON, or an invalid query or path parameter',
  401: 'Missing or wrong credentials',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  412: 'If-Match is not the current ETag',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  422: 'Request body has the wrong shape',
  429: 'Too many requests',
}

/** The `responses` entries of a route's error statuses, all `application/problem+json`. */
export function problemResponses(...statuses: (keyof typeof STATUS_DESCRIPTION)[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: STATUS_DESCRIPTION[status]!, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } }]),
  )
}

/**
 * {@link problemResponses} whose descriptions name the problem codes the route answers each status
 * with (`Not found: \`quiz-not-found\`, \`question-not-found\``), what a client branches on.
 * tests/worker/documented-client.ts holds every problem a test meets to its response's list.
 */
export function problemCodeResponses(codes: Partial<Record<keyof typeof STATUS_DESCRIPTION, readonly ProblemCode[]>>) {
  return Object.fromEntries(
    Object.entries(codes).map(([status, list]) => [
      Number(status),
      {
        description: `${STATUS_DESCRIPTION[Number(status)]}: ${list!.map((code) => `\`${code}\``).join(', ')}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  )
}
