import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { startLocalServer, type LocalServer } from '../../scripts/local-server.mjs'

/**
 * Classroom data lives in the local D1 on disk: a class and an attempt created against one
 * `wrangler dev` are still there after it stops and a new one starts on the same --persist-to dir.
 * Self-contained: starts and stops its own servers, independent of the e2e global setup.
 */

const persist = mkdtempSync(join(tmpdir(), 'fahm-classroom-persist-'))

let running: LocalServer | undefined

afterAll(async () => {
  await running?.stop()
  rmSync(persist, { recursive: true, force: true })
})

it('keeps classes, assignments and attempts across a restart of the local server', { timeout: 240_000 }, async () => {
  running = await startLocalServer({ persistTo: persist })
  let url = running.url
  const cls = (await (
    await fetch(`${url}/v1/classes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"persist"}' })
  ).json()) as { classId: string; teacherKey: string }
  const auth = { Authorization: `Bearer ${cls.teacherKey}` }
  const made = await fetch(`${url}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Persistence', maxAttempts: 1 }),
  })
  expect(made.status).toBe(201)
  const assignment = (await made.json()) as { assignmentId: string; code: string }
  const key = crypto.randomUUID()
  const body = JSON.stringify({ name: 'سارة', answers: { 'meeting-city': 'بكين', 'parade-occasion': 'cold-war-end' } })
  const submitted = await fetch(`${url}/v1/assignments/${assignment.code}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body,
  })
  expect(submitted.status).toBe(201)
  const attempt = (await submitted.json()) as { attemptId: string; score: number }

  await running.stop()
  running = await startLocalServer({ persistTo: persist })
  url = running.url

  const results = await fetch(`${url}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: auth })
  expect(results.status).toBe(200)
  const data = (await results.json()) as { students: { name: string; latestScore: number; attempts: number }[] }
  expect(data.students).toEqual([expect.objectContaining({ name: 'سارة', latestScore: attempt.score, attempts: 1 })])
  // The idempotency record survived too: the retry replays, the limit still holds.
  const retry = await fetch(`${url}/v1/assignments/${assignment.code}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body,
  })
  expect(retry.status).toBe(201)
  expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
  expect(((await retry.json()) as { attemptId: string }).attemptId).toBe(attempt.attemptId)
})
