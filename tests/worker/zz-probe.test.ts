import { SELF } from 'cloudflare:test'
import { it } from 'vitest'
import { createAssignment, createClass, submit, RIGHT } from './classroom-helpers.ts'
const O = 'http://fahm.test'
async function show(label: string, res: Response) {
  const h = [...res.headers]
    .filter(([k]) => !['content-security-policy'].includes(k))
    .map(([k, v]) => `${k}: ${v}`)
    .join(' | ')
  console.log(`PROBE ${label} => ${res.status}\n  ${h}\n  ${(await res.text()).slice(0, 700)}`)
}
it('probe', async () => {
  const cls = await createClass()
  const auth = { Authorization: `Bearer ${cls.teacherKey}`, 'Content-Type': 'application/json' }
  const asg = await createAssignment(cls)
  const base = `${O}/v1/classes/${cls.classId}`
  await show(
    'assignment typo field',
    await SELF.fetch(`${base}/assignments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ quizId: 'kim-putin-beijing', due: '2027-01-01T00:00:00Z', maxAttempt: 3 }),
    }),
  )
  await show(
    'patch typo',
    await SELF.fetch(`${base}/assignments/${asg.assignmentId}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ dueAt: null, maxAttempt: 3 }) }),
  )
  await show('class lowercase bearer', await SELF.fetch(base, { headers: { authorization: `bearer ${cls.teacherKey}` } }))
  await show('class no bearer prefix', await SELF.fetch(base, { headers: { authorization: cls.teacherKey } }))
  await show('results CSV upper', await SELF.fetch(`${base}/assignments/${asg.assignmentId}/results?format=CSV`, { headers: auth }))
  await show(
    'grade answers array',
    await SELF.fetch(`${O}/v1/quizzes/kim-putin-beijing/grade`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: [1] }),
    }),
  )
  await show(
    'grade answer key',
    await SELF.fetch(`${O}/v1/quizzes/kim-putin-beijing/grade`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answer: {} }),
    }),
  )
  await show('grade text/plain', await SELF.fetch(`${O}/v1/quizzes/kim-putin-beijing/grade`, { method: 'POST', body: JSON.stringify({ answers: {} }) }))
  await show(
    'grade json charset',
    await SELF.fetch(`${O}/v1/quizzes/kim-putin-beijing/grade`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ answers: {} }),
    }),
  )
  await show('submit no name', await submit(asg.code, { answers: RIGHT }))
  await show('submit name no device', await submit(asg.code, { name: 'X', answers: RIGHT }))
  await show('attempt get', await SELF.fetch(`${O}/v1/assignments/${asg.code}/attempts/att_nope`))
  await show('bad code', await SELF.fetch(`${O}/v1/assignments/!!`))
  await show('get class trailing slash', await SELF.fetch(`${base}/`, { headers: auth }))
  await show('HEAD quizzes', await SELF.fetch(`${O}/v1/quizzes`, { method: 'HEAD' }))
  await show('roster add names string', await SELF.fetch(`${base}/students`, { method: 'POST', headers: auth, body: JSON.stringify({ names: 'Sara\nOmar' }) }))
  await show('unknown v1 path', await SELF.fetch(`${O}/v1/nope`))
  await show('put class', await SELF.fetch(base, { method: 'PUT', headers: auth, body: '{}' }))
  await show(
    'class create name number',
    await SELF.fetch(`${O}/v1/classes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 5 }) }),
  )
  await show(
    'assignment opens after due',
    await SELF.fetch(`${base}/assignments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ quizId: 'kim-putin-beijing', opensAt: '2027-02-01T00:00:00Z', dueAt: '2027-01-01T00:00:00Z' }),
    }),
  )
  await show(
    'assignment date no tz',
    await SELF.fetch(`${base}/assignments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ quizId: 'kim-putin-beijing', dueAt: '2027-01-01T00:00' }),
    }),
  )
  await show('results lang fr', await SELF.fetch(`${base}/assignments/${asg.assignmentId}/results?lang=fr`, { headers: auth }))
  await show('quiz lang fr', await SELF.fetch(`${O}/v1/quizzes/kim-putin-beijing?lang=fr`))
  await show(
    'check numeric object',
    await SELF.fetch(`${O}/v1/quizzes/kim-putin-beijing/questions/meeting-duration/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"answer": "x", "extra": 1}',
    }),
  )
  await show(
    'delete attempts bad key',
    await SELF.fetch(`${base}/assignments/${asg.assignmentId}/students/nobody/attempts`, { method: 'DELETE', headers: auth }),
  )
})
