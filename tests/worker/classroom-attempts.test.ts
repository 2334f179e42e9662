import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { normalizeCode } from '../../src/core/join-code.ts'
import { AssignmentGoneError, insertAttemptWithinLimit } from '../../src/worker/db/attempts.ts'
import { createAuthoredQuiz, renamedQuestions } from './authored-quiz.ts'
import { ORIGIN, RIGHT, WRONG, bearer, countRows, createAssignment, createClass, freshIp, submit, type AttemptResult } from './classroom-helpers.ts'

async function newAssignment(body: Record<string, unknown> = {}) {
  const cls = await createClass()
  return { cls, assignment: await createAssignment(cls, body) }
}

async function problemOf(res: Response) {
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  return (await res.json()) as { code: string; status: number; errors?: { path: string }[] } & Record<string, unknown>
}

describe('idempotent submissions', () => {
  it('stores one attempt for the same submission sent 5 times concurrently, then 5 times more in sequence', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 20 })
    const key = crypto.randomUUID()
    const body = { name: 'Sara', answers: RIGHT }
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => submit(assignment.code, body, { key })))
    const sequential: Response[] = []
    for (let i = 0; i < 5; i++) sequential.push(await submit(assignment.code, body, { key }))
    const all = [...concurrent, ...sequential]

    expect(all.map((r) => r.status)).toEqual(Array(10).fill(201))
    const bodies = (await Promise.all(all.map((r) => r.json()))) as AttemptResult[]
    expect(new Set(bodies.map((b) => b.attemptId)).size).toBe(1)
    expect(bodies.every((b) => b.attemptNumber === 1 && b.score === 4)).toBe(true)
    // Exactly one response created it; every other one says it is a replay.
    expect(all.filter((r) => r.headers.get('Idempotent-Replayed') === 'true')).toHaveLength(9)
    expect(sequential.every((r) => r.headers.get('Idempotent-Replayed') === 'true')).toBe(true)
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(1)
  })

  it('accepts clientAttemptId in the body instead of the header', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 5 })
    const body = { name: 'Omar', answers: WRONG, clientAttemptId: crypto.randomUUID() }
    const first = await submit(assignment.code, body, { key: null })
    const again = await submit(assignment.code, body, { key: null })
    expect([first.status, again.status]).toEqual([201, 201])
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(((await first.json()) as AttemptResult).attemptId).toBe(((await again.json()) as AttemptResult).attemptId)
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(1)
  })

  it('refuses the same key with a different body (422) and a submission without any key (400)', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 5 })
    const key = crypto.randomUUID()
    expect((await submit(assignment.code, { name: 'Lina', answers: RIGHT }, { key })).status).toBe(201)
    const changed = await submit(assignment.code, { name: 'Lina', answers: WRONG }, { key })
    expect(changed.status).toBe(422)
    expect((await problemOf(changed)).code).toBe('idempotency-conflict')

    const keyless = await submit(assignment.code, { name: 'Lina', answers: RIGHT }, { key: null })
    expect(keyless.status).toBe(400)
    expect((await problemOf(keyless)).errors?.[0]?.path).toBe('Idempotency-Key')
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(1)
  })

  it('replays a stored attempt even after the last attempt was used and the assignment closed', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 1 })
    const key = crypto.randomUUID()
    const body = { name: 'Hadi', answers: RIGHT }
    const first = (await (await submit(assignment.code, body, { key })).json()) as AttemptResult
    await env.DB.prepare('UPDATE assignments SET due_at = ? WHERE id = ?').bind('2020-01-01T00:00:00.000Z', assignment.assignmentId).run()
    const retry = await submit(assignment.code, body, { key })
    expect(retry.status).toBe(201)
    expect(((await retry.json()) as AttemptResult).attemptId).toBe(first.attemptId)
    const fresh = await submit(assignment.code, body)
    expect(fresh.status).toBe(403)
    expect((await problemOf(fresh)).code).toBe('assignment-closed')
  })
})

describe('maxAttempts', () => {
  it('counts attempts per folded display name', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 2 })
    expect((await submit(assignment.code, { name: 'Sara Ali', answers: RIGHT })).status).toBe(201)
    const second = await submit(assignment.code, { name: ' sara  ali', answers: WRONG })
    expect((await second.json()) as AttemptResult).toMatchObject({ attemptNumber: 2, attemptsLeft: 0 })
    const third = await submit(assignment.code, { name: 'SARA ALI', answers: RIGHT })
    expect(third.status).toBe(409)
    expect(await problemOf(third)).toMatchObject({ code: 'max-attempts-reached', maxAttempts: 2, attempts: 2 })
    // Someone else still may.
    expect((await submit(assignment.code, { name: 'Sara Ahmed', answers: RIGHT })).status).toBe(201)
  })

  it('holds under 200 concurrent submissions by the same name', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 3 })
    const statuses = await Promise.all(Array.from({ length: 200 }, async () => (await submit(assignment.code, { name: 'Same Name', answers: RIGHT })).status))
    expect(statuses.filter((s) => s === 201)).toHaveLength(3)
    expect(statuses.filter((s) => s === 409)).toHaveLength(197)
    const { results } = await env.DB.prepare('SELECT attempt_number FROM attempts WHERE assignment_id = ? ORDER BY 1')
      .bind(assignment.assignmentId)
      .all<{ attempt_number: number }>()
    expect(results.map((r) => r.attempt_number)).toEqual([1, 2, 3])
    // 200 submissions: seconds on a shared, throttled CPU, past the default 5 s.
  }, 60_000)
})

describe('opensAt and dueAt', () => {
  it('refuses submissions before opensAt (403 assignment-not-open) and from dueAt on (403 assignment-closed)', async () => {
    const soon = new Date(Date.now() + 3_600_000).toISOString()
    const { assignment: future } = await newAssignment({ opensAt: soon })
    const info = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${future.code}`)).json()) as { status: string }
    expect(info.status).toBe('not-yet-open')
    const early = await submit(future.code, { name: 'A', answers: RIGHT })
    expect(early.status).toBe(403)
    expect(await problemOf(early)).toMatchObject({ code: 'assignment-not-open', opensAt: soon })

    const past = new Date(Date.now() - 60_000).toISOString()
    const { assignment: closed } = await newAssignment({ dueAt: past })
    expect(((await (await SELF.fetch(`${ORIGIN}/v1/assignments/${closed.code}`)).json()) as { status: string }).status).toBe('closed')
    const late = await submit(closed.code, { name: 'A', answers: RIGHT })
    expect(late.status).toBe(403)
    expect(await problemOf(late)).toMatchObject({ code: 'assignment-closed', dueAt: past })
    expect(await countRows('attempts', 'assignment_id IN (?, ?)', future.assignmentId, closed.assignmentId)).toBe(0)
  })
})

describe('reveal policies', () => {
  it('never: only which questions were answered', async () => {
    const { assignment } = await newAssignment({ revealAnswers: 'never' })
    const body = (await (await submit(assignment.code, { name: 'A', answers: RIGHT })).json()) as AttemptResult
    expect(body.revealed).toBe(false)
    expect(body.score).toBeNull()
    for (const result of body.results) expect(Object.keys(result).sort()).toEqual(['answered', 'questionId'])
  })

  it('after-due: hidden until the due date, then shown when the attempt is read again', async () => {
    const { assignment } = await newAssignment({ revealAnswers: 'after-due', dueAt: new Date(Date.now() + 3_600_000).toISOString() })
    const res = await submit(assignment.code, { name: 'A', answers: WRONG })
    const body = (await res.json()) as AttemptResult
    expect(body.revealed).toBe(false)
    expect(JSON.stringify(body)).not.toContain('expected')
    const location = res.headers.get('Location')!
    expect(location).toBe(`/v1/assignments/${assignment.code}/attempts/${body.attemptId}`)

    await env.DB.prepare('UPDATE assignments SET due_at = ? WHERE id = ?').bind('2020-01-01T00:00:00.000Z', assignment.assignmentId).run()
    const later = (await (await SELF.fetch(`${ORIGIN}${location}`)).json()) as AttemptResult
    expect(later.revealed).toBe(true)
    expect(later.results.find((r) => r.questionId === 'meeting-city')).toMatchObject({ correct: false, expected: expect.any(Object) })
    expect((await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}/attempts/att_nope`)).status).toBe(404)
  })
})

describe('input limits', () => {
  it('accepts names up to 60 characters after trimming and refuses longer, empty or control-character names', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 20 })
    expect((await submit(assignment.code, { name: `  ${'س'.repeat(60)}  `, answers: {} })).status).toBe(201)
    for (const name of ['x'.repeat(61), '   ', '', 'Sara\u0000', 'Sara\nAli', 'a\u202eb']) {
      const res = await submit(assignment.code, { name, answers: {} })
      expect(res.status, JSON.stringify(name)).toBe(422)
      expect((await problemOf(res)).errors?.map((e) => e.path)).toContain('name')
    }
    const noName = await submit(assignment.code, JSON.stringify({ answers: {} }))
    expect(noName.status).toBe(422)
  })

  it('accepts free-text answers up to 500 characters, refuses longer ones naming the field', async () => {
    const { assignment } = await newAssignment({ maxAttempts: 20 })
    expect((await submit(assignment.code, { name: 'A', answers: { 'meeting-city': 'ب'.repeat(500) } })).status).toBe(201)
    const long = await submit(assignment.code, { name: 'A', answers: { 'meeting-city': 'ب'.repeat(501) } })
    expect(long.status).toBe(422)
    expect((await problemOf(long)).errors?.map((e) => e.path)).toContain('answers.meeting-city')
    const unknown = await submit(assignment.code, { name: 'A', answers: { 'no-such-question': 'x' } })
    expect(unknown.status).toBe(422)
    expect((await problemOf(unknown)).errors?.map((e) => e.path)).toContain('answers.no-such-question')
  })

  it('refuses bodies over 64 KiB with 413 and malformed JSON with 400', async () => {
    const { assignment } = await newAssignment()
    const huge = JSON.stringify({ name: 'A', answers: { pad: 'x'.repeat(70 * 1024) } })
    const res = await submit(assignment.code, huge)
    expect(res.status).toBe(413)
    expect((await problemOf(res)).code).toBe('payload-too-large')
    const broken = await submit(assignment.code, '{"name": ')
    expect(broken.status).toBe(400)
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(0)
  })

  it('answers 404 for unknown codes', async () => {
    const res = await submit('ZZZZZZ', { name: 'A', answers: {} })
    expect(res.status).toBe(404)
    expect((await problemOf(res)).code).toBe('assignment-not-found')
    expect((await SELF.fetch(`${ORIGIN}/v1/assignments/ZZZZZZ`)).status).toBe(404)
    expect((await SELF.fetch(`${ORIGIN}/v1/assignments/ZZZZZZ/quiz`)).status).toBe(404)
  })

  it('answers 404 to malformed and unknown codes before the rate limiter stores a counter for them', async () => {
    const rows = async (code: string) =>
      // The key ends with `:<code>`: a code that ends another's (`AB`) must not count that one's rows.
      (await env.DB.prepare("SELECT count(*) AS n FROM rate_limits WHERE key LIKE 'attempts:%' AND substr(key, -length(?1)) = ?1")
        .bind(`:${code}`)
        .first<{ n: number }>())!.n
    const tag = crypto.randomUUID().slice(0, 8).toUpperCase()
    // Outside the alphabet (0, O, 1, I, L), too short, too long, punctuation; and well-formed but unknown.
    const codes = [`O0${tag}`, `${tag}!`, 'AB', `${tag}${tag}`, `L1${tag}`.slice(0, 6), 'WXYZ2345']
    for (const code of codes) {
      const res = await submit(encodeURIComponent(code), { name: 'A', answers: {} })
      expect(res.status, code).toBe(404)
      expect((await problemOf(res)).code).toBe('assignment-not-found')
      expect(await rows(normalizeCode(code)), code).toBe(0)
    }
    // A real code is counted as before.
    const { assignment } = await newAssignment()
    expect((await submit(assignment.code.toLowerCase(), { name: 'A', answers: {} })).status).toBe(201)
    expect(await rows(assignment.code)).toBe(1)
  })
})

describe('stored attempts', () => {
  it('keep the answers, per-question grades, score, quiz version and times', async () => {
    const { assignment } = await newAssignment()
    const startedAt = '2026-01-01T10:00:00.000Z'
    const res = await submit(assignment.code, { name: '  Nour   Haddad ', answers: { ...RIGHT, 'meeting-city': 'موسكو!' }, startedAt }, { ip: freshIp() })
    const body = (await res.json()) as AttemptResult
    const row = await env.DB.prepare('SELECT * FROM attempts WHERE id = ?').bind(body.attemptId).first<Record<string, string | number>>()
    expect(row).toMatchObject({
      student_name: 'Nour Haddad',
      student_key: 'nour haddad',
      attempt_number: 1,
      quiz_id: 'kim-putin-beijing',
      quiz_version: 2,
      score: 3,
      max_score: 22,
      started_at: startedAt,
      submitted_at: body.submittedAt,
    })
    expect(JSON.parse(row!.answers as string)).toEqual({ ...RIGHT, 'meeting-city': 'موسكو!' })
    const grades = JSON.parse(row!.grades as string) as { questionId: string; correct: boolean; answer: string | null }[]
    expect(grades).toHaveLength(22)
    expect(grades.find((g) => g.questionId === 'meeting-city')).toEqual({
      questionId: 'meeting-city',
      answered: true,
      correct: false,
      answer: 'موسكو',
      kind: 'text',
    })
    expect(grades.find((g) => g.questionId === 'training-areas')).toMatchObject({
      correct: true,
      answer: 'drones,human-wave-attacks,missile-guidance',
      kind: 'choice',
    })
    expect(grades.find((g) => g.questionId === 'meeting-duration')).toEqual({ questionId: 'meeting-duration', answered: false, correct: false, answer: null })
  })
})

describe('question ids that name Object.prototype members', () => {
  it('grades a question with the id "constructor" as unanswered when the answers leave it out', async () => {
    const quizId = await createAuthoredQuiz({ questions: renamedQuestions('relations-special', 'constructor') })
    const { assignment } = await newAssignment({ quizId, maxAttempts: 5 })

    const empty = await submit(assignment.code, { name: 'Sara', answers: {} })
    expect(empty.status).toBe(201)
    const none = (await empty.json()) as AttemptResult
    expect(none.score).toBe(0)
    expect(none.results.find((r) => r.questionId === 'constructor')).toMatchObject({ answered: false, correct: false, score: 0 })
    const row = await env.DB.prepare('SELECT grades FROM attempts WHERE id = ?').bind(none.attemptId).first<{ grades: string }>()
    expect((JSON.parse(row!.grades) as { questionId: string }[]).find((g) => g.questionId === 'constructor')).toEqual({
      questionId: 'constructor',
      answered: false,
      correct: false,
      answer: null,
    })

    const answered = (await (await submit(assignment.code, { name: 'Sara', answers: { constructor: true } })).json()) as AttemptResult
    expect(answered.results.find((r) => r.questionId === 'constructor')).toMatchObject({ answered: true, correct: true, score: 1 })
    expect(answered.score).toBe(1)
  })
})

describe('deleting an assignment while students submit', () => {
  it('stores no attempt for a deleted assignment: the insert reports it gone', async () => {
    const attempt = {
      assignmentId: 'asg_deleted-meanwhile',
      idempotencyKey: crypto.randomUUID(),
      requestHash: 'x',
      studentName: 'Sara',
      studentKey: 'sara',
      studentId: null,
      deviceHash: null,
      quizId: 'kim-putin-beijing',
      quizVersion: 1,
      lang: 'ar',
      answers: {},
      grades: [],
      results: [],
      score: 0,
      maxScore: 1,
      startedAt: null,
      submittedAt: new Date().toISOString(),
    }
    await expect(insertAttemptWithinLimit(env.DB, attempt, 1)).rejects.toBeInstanceOf(AssignmentGoneError)
    expect(await countRows('attempts', 'assignment_id = ?', attempt.assignmentId)).toBe(0)
  })

  it('answers each racing submission 201 or 404 assignment-not-found, never 500, and keeps no orphan', async () => {
    const { cls, assignment } = await newAssignment({ maxAttempts: 20 })
    const submissions = Array.from({ length: 30 }, (_, i) => submit(assignment.code, { name: `Student ${i}`, answers: RIGHT }))
    const deletion = SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}`, {
      method: 'DELETE',
      headers: bearer(cls.teacherKey),
    })
    const [deleted, ...responses] = await Promise.all([deletion, ...submissions])
    expect(deleted.status).toBe(204)
    for (const res of responses) {
      expect([201, 404], await res.clone().text()).toContain(res.status)
      if (res.status === 404) expect((await problemOf(res)).code).toBe('assignment-not-found')
    }
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(0)
  })
})
