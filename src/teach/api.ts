/** The teacher's calls to the fahm API; every class call carries `Authorization: Bearer <key>`. */

import type { RevealPolicy, TeacherAssignment } from '../core/assignment.ts'
import type { QuizSummary } from '../core/public-quiz.ts'
import type { Lang } from '../core/quiz-schema.ts'
import type { AssignmentResults, QuestionResult, WrongAnswer } from '../core/assignment-results.ts'

export type { RevealPolicy } from '../core/assignment.ts'
export type { QuizSummary } from '../core/public-quiz.ts'

export type SavedClass = { classId: string; teacherKey: string; name: string | null; joinCode?: string }

/** An assignment as `GET /v1/classes/:classId` lists it (with its counts) or any other class call returns it. */
export type Assignment = TeacherAssignment & { attemptCount?: number; studentCount?: number }

export type ClassInfo = {
  classId: string
  name: string | null
  joinCode: string
  createdAt: string
  assignments: Assignment[]
}

/** `GET …/assignments/:id/results`: the aggregate of `src/core/assignment-results.ts` with prompts and readable wrong answers. */
export type Results = Omit<AssignmentResults, 'questions'> & {
  assignment: Assignment
  /** `lang`: the language of the title, prompts and choice texts (the page's when the quiz has it, else the quiz's own). */
  quiz: { id: string; version: number; title: string; lang: Lang; langs: Lang[] }
  questions: (Omit<QuestionResult, 'topWrongAnswers'> & {
    prompt: string | null
    /** The question's type (null when the quiz is gone): `boolean` answers are `true`/`false`, worded by the page. */
    type: 'single' | 'multiple' | 'boolean' | 'numeric' | 'text' | null
    topWrongAnswers: (WrongAnswer & { display: string })[]
  })[]
}

/** `PATCH …/assignments/:id`: what to change (left out: as it is; a time `null`: taken away). */
export type AssignmentChange = {
  title?: string
  opensAt?: string | null
  dueAt?: string | null
  maxAttempts?: number
  revealAnswers?: RevealPolicy
}

export type NewAssignment = {
  quizId: string
  /** Omitted: the API uses the quiz's title. */
  title?: string
  opensAt?: string
  dueAt?: string
  maxAttempts: number
  revealAnswers: RevealPolicy
  shuffle: boolean
}

/** A problem+json body as the API sends it (RFC 9457 members, the stable `code`, and extras). */
export type Problem = { code?: string; detail?: string; title?: string; status?: number } & Record<string, unknown>

/**
 * A failed call: the problem+json `detail` (or the status) as message, for developers only (the page
 * words errors with `errorText`); `status` 0 on network failure; `problem` is the whole body when the
 * API sent one, `retryAfter` the seconds of a 429. `keyRejected` tells a 401 for a key that was sent
 * but opens nothing (`WWW-Authenticate: … error="invalid_token"`) from one for a missing key.
 */
export class ApiError extends Error {
  status: number
  problem: Problem | null
  retryAfter: number | null
  keyRejected: boolean
  constructor(status: number, message: string, problem: Problem | null = null, retryAfter: number | null = null, keyRejected = false) {
    super(message)
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
    this.keyRejected = keyRejected
  }
  /** The problem's stable `code` (`version-conflict`, `rate-limited` …), or null. */
  get code(): string | null {
    return typeof this.problem?.code === 'string' ? this.problem.code : null
  }
}

/** A JSON call to the fahm API on this origin; `key` goes in `Authorization: Bearer`. Throws {@link ApiError}. */
export async function call<T>(path: string, init: RequestInit = {}, key?: string): Promise<T> {
  return (await callWithHeaders<T>(path, init, key)).body
}

/** {@link call}, with the response's headers too (an `ETag` to send back in `If-Match`). */
export async function callWithHeaders<T>(path: string, init: RequestInit = {}, key?: string): Promise<{ body: T; headers: Headers }> {
  const headers = new Headers(init.headers)
  if (key) headers.set('Authorization', `Bearer ${key}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  let res: Response
  try {
    res = await fetch(path, { ...init, headers })
  } catch {
    throw new ApiError(0, 'network')
  }
  if (!res.ok) {
    let problem: Problem | null = null
    try {
      const body: unknown = await res.json()
      if (body && typeof body === 'object' && !Array.isArray(body)) problem = body as Problem
    } catch {
      // not problem+json
    }
    const retryAfter = Number(res.headers.get('Retry-After'))
    const detail = typeof problem?.detail === 'string' && problem.detail ? problem.detail : `${res.status}`
    const keyRejected = /\berror="?invalid_token/i.test(res.headers.get('WWW-Authenticate') ?? '')
    throw new ApiError(res.status, detail, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null, keyRejected)
  }
  if (res.status === 204) return { body: undefined as T, headers: res.headers }
  return { body: (await res.json()) as T, headers: res.headers }
}

const cls = (id: string) => `/v1/classes/${encodeURIComponent(id)}`
const asg = (c: SavedClass, id: string) => `${cls(c.classId)}/assignments/${encodeURIComponent(id)}`

export const api = {
  /** Every public quiz: the list's pages, followed to the last. */
  quizzes: async (lang: string): Promise<{ quizzes: QuizSummary[] }> => {
    const quizzes: QuizSummary[] = []
    let cursor: string | null = null
    do {
      const page: { quizzes: QuizSummary[]; nextCursor: string | null } = await call(
        `/v1/quizzes?lang=${lang}&limit=100${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      )
      quizzes.push(...page.quizzes)
      cursor = page.nextCursor
    } while (cursor !== null)
    return { quizzes }
  },
  createClass: (name: string) =>
    call<{ classId: string; teacherKey: string; joinCode: string; name: string | null }>('/v1/classes', {
      method: 'POST',
      body: JSON.stringify(name ? { name } : {}),
    }),
  getClass: (c: SavedClass) => call<ClassInfo>(cls(c.classId), {}, c.teacherKey),
  renameClass: (c: SavedClass, name: string) => call<ClassInfo>(cls(c.classId), { method: 'PATCH', body: JSON.stringify({ name }) }, c.teacherKey),
  replaceTeacherKey: (c: SavedClass) => call<{ classId: string; teacherKey: string }>(`${cls(c.classId)}/teacher-key`, { method: 'POST' }, c.teacherKey),
  deleteClass: (c: SavedClass) => call<void>(cls(c.classId), { method: 'DELETE' }, c.teacherKey),
  createAssignment: (c: SavedClass, body: NewAssignment) =>
    call<Assignment>(`${cls(c.classId)}/assignments`, { method: 'POST', body: JSON.stringify(body) }, c.teacherKey),
  updateAssignment: (c: SavedClass, id: string, change: AssignmentChange) =>
    call<Assignment>(asg(c, id), { method: 'PATCH', body: JSON.stringify(change) }, c.teacherKey),
  deleteAssignment: (c: SavedClass, id: string) => call<void>(asg(c, id), { method: 'DELETE' }, c.teacherKey),
  deleteStudentAttempts: (c: SavedClass, assignmentId: string, studentKey: string) =>
    call<void>(`${asg(c, assignmentId)}/students/${encodeURIComponent(studentKey)}/attempts`, { method: 'DELETE' }, c.teacherKey),
  /**
   * An assignment's results with every student's row: the figures come whole on every page, the rows a
   * page at a time, followed to the last (a class of typed-in names can pass a page).
   */
  results: async (c: SavedClass, id: string, lang: string): Promise<Results> => {
    const first = await call<Results & { nextCursor: string | null }>(`${asg(c, id)}/results?lang=${lang}`, {}, c.teacherKey)
    const students = [...first.students]
    for (let cursor = first.nextCursor; cursor !== null; ) {
      const page: Results & { nextCursor: string | null } = await call(
        `${asg(c, id)}/results?lang=${lang}&cursor=${encodeURIComponent(cursor)}`,
        {},
        c.teacherKey,
      )
      students.push(...page.students)
      cursor = page.nextCursor
    }
    const { nextCursor: _last, ...results } = first
    return { ...results, students }
  },
}
