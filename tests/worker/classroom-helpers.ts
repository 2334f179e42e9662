import { env, SELF } from 'cloudflare:test'

/** Shared setup for the classroom tests: the bundled quiz, classes, assignments and submissions. */

export const QUIZ_ID = 'kim-putin-beijing'
export const ORIGIN = 'http://fahm.test'

let ipCounter = 0
const ipPrefix = Math.floor(Math.random() * 200) + 20

/** A client address no other request in this file uses, so rate limits never interfere by accident. */
export function freshIp(): string {
  ipCounter++
  return `10.${ipPrefix}.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`
}

export type CreatedClass = { classId: string; teacherKey: string; joinCode: string }
export type CreatedAssignment = { assignmentId: string; code: string; [key: string]: unknown }

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })

export async function createClass(name = 'Grade 9 B'): Promise<CreatedClass> {
  const res = await SELF.fetch(`${ORIGIN}/v1/classes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': freshIp() },
    body: JSON.stringify({ name }),
  })
  if (res.status !== 201) throw new Error(`create class: ${res.status} ${await res.text()}`)
  return res.json()
}

export async function createAssignment(cls: CreatedClass, body: Record<string, unknown> = {}): Promise<CreatedAssignment> {
  const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(cls.teacherKey) },
    body: JSON.stringify({ quizId: QUIZ_ID, title: 'Reading: Beijing', maxAttempts: 1, revealAnswers: 'after-submit', shuffle: false, ...body }),
  })
  if (res.status !== 201) throw new Error(`create assignment: ${res.status} ${await res.text()}`)
  return res.json()
}

export type Submission = {
  name?: string
  studentCode?: string
  deviceId?: string
  answers: Record<string, unknown>
  startedAt?: string
  clientAttemptId?: string
}

export function submit(code: string, body: Submission | string, options: { key?: string | null; ip?: string; lang?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'CF-Connecting-IP': options.ip ?? freshIp() }
  const key = options.key === undefined ? crypto.randomUUID() : options.key
  if (key !== null) headers['Idempotency-Key'] = key
  const query = options.lang ? `?lang=${options.lang}` : ''
  return SELF.fetch(`${ORIGIN}/v1/assignments/${code}/attempts${query}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** Answers with known outcomes: every one right, or every one wrong, for questions whose grading is unambiguous. */
export const RIGHT = {
  'parade-occasion': 'japan-surrender',
  'first-public-trilateral': true,
  'meeting-city': 'بكين',
  'training-areas': ['human-wave-attacks', 'drones', 'missile-guidance'],
}
export const WRONG = {
  'parade-occasion': 'cold-war-end',
  'first-public-trilateral': false,
  'meeting-city': 'موسكو',
  'training-areas': ['demining', 'naval-operations'],
}

export type AttemptResult = {
  attemptId: string
  attemptNumber: number
  attemptsLeft: number
  name: string
  score: number | null
  maxScore: number
  submittedAt: string
  revealed: boolean
  results: ({ questionId: string; answered: boolean } & Record<string, unknown>)[]
}

export async function countRows(table: 'classes' | 'assignments' | 'attempts', where = '1 = 1', ...binds: unknown[]) {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...binds)
    .first<{ n: number }>()
  return row?.n ?? 0
}
