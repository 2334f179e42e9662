import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'
import type { Context } from 'hono'
import { ID_PATTERN } from '../core/quiz-ids.ts'
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from './page-cursor.ts'

/**
 * A page of a quiz list (`GET /v1/quizzes`, `GET /v1/quiz-sources`): keyset pages by quiz id, asked
 * for with `limit` and `cursor`, answered with `nextCursor` and a `Link: <…>; rel="next"` header.
 */

/** How many quizzes a page of a list holds: `limit`'s default and its largest value. */
export const QUIZ_PAGE_SIZE = { default: 50, max: 100 } as const

/** What a bad `limit` is told (`abc`, `2.5`, `0`, `limit` given twice): one message for every way to miss. */
const LIMIT_FORM = `must be a whole number from 1 to ${QUIZ_PAGE_SIZE.max}, given once`
const CURSOR_FORM = 'must be the nextCursor of a previous page, unchanged'

/** The query parameters of a paged quiz list. */
export const QuizPageQuery = z.object({
  limit: openapi(
    z._default(z.coerce.number(LIMIT_FORM).check(z.int(LIMIT_FORM), z.gte(1, LIMIT_FORM), z.lte(QUIZ_PAGE_SIZE.max, LIMIT_FORM)), QUIZ_PAGE_SIZE.default),
    { description: `How many quizzes the page holds, 1–${QUIZ_PAGE_SIZE.max} (default ${QUIZ_PAGE_SIZE.default}).` },
  ),
  cursor: openapi(
    z.optional(
      z.string(CURSOR_FORM).check(
        z.maxLength(MAX_CURSOR_LENGTH, { error: CURSOR_FORM, abort: true }),
        z.refine((cursor) => ID_PATTERN.test(decodeCursor(cursor) ?? ''), CURSOR_FORM),
      ),
    ),
    { description: 'Where the page starts: the `nextCursor` of the previous page, as it was given. Without it, the first page.' },
  ),
})

/** The `Link` header of a page's response, for the OpenAPI document. */
export const NextLinkHeaders = z.object({
  Link: openapi(z.optional(z.string()), { description: 'The next page, as `<URL>; rel="next"` (RFC 8288); absent on the last page.' }),
})

/** The `nextCursor` field of a page's body, for the OpenAPI document. */
export const NextCursorSchema = openapi(z.nullable(z.string()), { description: 'Pass it as `cursor` for the next page; null on the last page.' })

/** The quiz id a validated `cursor` starts after; undefined for the first page. */
export function pageStart(cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : (decodeCursor(cursor) ?? undefined)
}

/**
 * The `nextCursor` of a page that ends after quiz `nextAfterId` (null: the last page), with a `Link`
 * header to the next page set on `c`: the request's URL, its other parameters kept.
 */
export function setNextLink(c: Context, nextAfterId: string | null): string | null {
  if (nextAfterId === null) return null
  const nextCursor = encodeCursor(nextAfterId)
  const next = new URL(c.req.url)
  next.searchParams.set('cursor', nextCursor)
  c.header('Link', `<${next.href}>; rel="next"`)
  return nextCursor
}
