import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'
import { compareStudents } from '../core/assignment-results.ts'
import type { RosterPageStart } from './db/students.ts'
import { decodeCursor } from './page-cursor.ts'

/**
 * Pages of a class's lists: its roster (`GET /v1/classes/{classId}/students`) and an assignment's
 * results' students (`GET …/assignments/{assignmentId}/results`). As the quiz lists (quiz-page.ts):
 * keyset pages asked for with `limit` and `cursor`, answered with `nextCursor` and a
 * `Link: <…>; rel="next"` header (`setNextLink`).
 */

/**
 * How many students a page holds: `limit`'s default and its largest value. The default is a whole
 * class list (at most 200 students, MAX_ROSTER_SIZE), so a client that does not page yet (the teacher's
 * page) still gets a whole class; a list of names typed by more students than that is paged.
 */
export const CLASS_PAGE_SIZE = { default: 200, max: 500 } as const

const LIMIT_FORM = `must be a whole number from 1 to ${CLASS_PAGE_SIZE.max}, given once`
const CURSOR_FORM = 'must be the nextCursor of a previous page, unchanged'

/** Longest results cursor: a student's name (60 characters) and key, as UTF-8 JSON, encoded. */
const MAX_RESULTS_CURSOR_LENGTH = 1200

/** The query parameters of a class list's page, whose cursor `read` reads (null: not one of ours). */
function classPageQuery(read: (cursor: string) => unknown) {
  return z.object({
    limit: openapi(
      z._default(z.coerce.number(LIMIT_FORM).check(z.int(LIMIT_FORM), z.gte(1, LIMIT_FORM), z.lte(CLASS_PAGE_SIZE.max, LIMIT_FORM)), CLASS_PAGE_SIZE.default),
      { description: `How many students the page holds, 1–${CLASS_PAGE_SIZE.max} (default ${CLASS_PAGE_SIZE.default}, a whole class list).` },
    ),
    cursor: openapi(
      z.optional(
        z.string(CURSOR_FORM).check(
          z.maxLength(MAX_RESULTS_CURSOR_LENGTH, { error: CURSOR_FORM, abort: true }),
          z.refine((cursor) => read(cursor) !== null, CURSOR_FORM),
        ),
      ),
      { description: 'Where the page starts: the `nextCursor` of the previous page, as it was given. Without it, the first page.' },
    ),
  })
}

// The roster: keyset by (position, id), its order.

/** The roster student a roster cursor starts after, or null when it is not one. */
export function rosterPageStart(cursor: string): RosterPageStart | null {
  const match = /^(\d{1,9}):([A-Za-z0-9_-]{1,64})$/.exec(decodeCursor(cursor) ?? '')
  return match ? { position: Number(match[1]), id: match[2]! } : null
}

/** The cursor of the roster page after this student. */
export const rosterPageKey = (student: RosterPageStart) => `${student.position}:${student.id}`

export const RosterPageQuery = classPageQuery(rosterPageStart)

// The results' students: keyset by the results' order (compareStudents), over students aggregated in memory.

type StudentKeyed = { name: string; studentKey: string }

/** The student a results cursor starts after (who may have gone since), or null when it is not one. */
export function resultsPageStart(cursor: string): StudentKeyed | null {
  try {
    const key: unknown = JSON.parse(decodeCursor(cursor, MAX_RESULTS_CURSOR_LENGTH) ?? '')
    if (!Array.isArray(key) || key.length !== 2) return null
    const [name, studentKey] = key as unknown[]
    return typeof name === 'string' && typeof studentKey === 'string' ? { name, studentKey } : null
  } catch {
    return null
  }
}

export const ResultsPageQuery = classPageQuery(resultsPageStart)

/**
 * A page of the results' students (sorted by {@link compareStudents}): at most `limit` after the
 * cursor's student, and the key of the next page (null on the last).
 */
export function resultsPage<T extends StudentKeyed>(
  students: readonly T[],
  limit: number,
  cursor: string | undefined,
): { students: T[]; nextAfter: string | null } {
  const after = cursor === undefined ? null : resultsPageStart(cursor)
  const rest = after === null ? students : students.filter((student) => compareStudents(student, after) > 0)
  const page = rest.slice(0, limit)
  const last = page[page.length - 1]
  return { students: page, nextAfter: rest.length > limit && last ? JSON.stringify([last.name, last.studentKey]) : null }
}
