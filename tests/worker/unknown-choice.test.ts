import { beforeAll, describe, expect, it } from 'vitest'
import { createAssignment, createClass, RIGHT, submit } from './classroom-helpers.ts'
import { call, expectProblem, type Json, json, loadOpenapi } from './documented-client.ts'

/**
 * An answer naming a choice id its question does not have is a client's bug (a stale quiz, a typo,
 * a choice's text sent for its id), not a student's wrong answer: every route that grades answers
 * (one path in core, `gradeAnswers`/`answerFieldErrors`) refuses it with 422 `validation-failed`
 * naming the field, its JSON Pointer, and the ids it may be. Until round 5 it was graded wrong.
 */

beforeAll(loadOpenapi)

const QUIZ = 'kim-putin-beijing'
const PARADE_IDS = "must be one of the question's choice ids: china-national-day, cold-war-end, japan-surrender, treaty-anniversary"
const TRAINING_IDS = "must be one of the question's choice ids: demining, drones, human-wave-attacks, missile-guidance, naval-operations"

describe('a choice id the question does not have', () => {
  it('is refused by the grade route, naming the answer (and the item of a list answer) in errors and detail', async () => {
    const answers = { 'parade-occasion': 'Japan-Surrender', 'training-areas': ['drones', 'tanks'], 'meeting-duration': '150 دقيقة' }
    const problem = await expectProblem(await call({ method: 'POST', path: `/v1/quizzes/${QUIZ}/grade`, body: { answers } }), 422, 'validation-failed')
    expect(problem.errors).toEqual([
      { path: 'answers.parade-occasion', message: PARADE_IDS, in: 'body', pointer: '/answers/parade-occasion' },
      { path: 'answers.training-areas[1]', message: TRAINING_IDS, in: 'body', pointer: '/answers/training-areas/1' },
    ])
    expect(problem.detail).toBe(`Invalid request body: answers.parade-occasion: ${PARADE_IDS}; answers.training-areas[1]: ${TRAINING_IDS}.`)
  })

  it('still grades the ids it has, trimmed, and blank ones as unanswered', async () => {
    const answers = { 'parade-occasion': ' cold-war-end ', 'training-areas': ['drones', ' '] }
    const res = await call({ method: 'POST', path: `/v1/quizzes/${QUIZ}/grade`, body: { answers } })
    expect(res.status).toBe(200)
    const results = (await json(res)).results as Json[]
    expect(results.find((r) => r.questionId === 'parade-occasion')).toMatchObject({ answered: true, correct: false })
    expect(results.find((r) => r.questionId === 'training-areas')).toMatchObject({ answered: true, parsed: { choiceIds: ['drones'] } })
  })

  it('is refused by the check route at `answer` (and `answer[i]`)', async () => {
    const path = (questionId: string) => `/v1/quizzes/${QUIZ}/questions/${questionId}/check`
    const single = await expectProblem(await call({ method: 'POST', path: path('parade-occasion'), body: { answer: 'nope' } }), 422, 'validation-failed')
    expect(single.errors).toEqual([{ path: 'answer', message: PARADE_IDS, in: 'body', pointer: '/answer' }])
    const list = await expectProblem(
      await call({ method: 'POST', path: path('training-areas'), body: { answer: ['drones', 'nope'] } }),
      422,
      'validation-failed',
    )
    expect(list.errors).toEqual([{ path: 'answer[1]', message: TRAINING_IDS, in: 'body', pointer: '/answer/1' }])
  })

  it('is refused by the attempts route, which stores nothing: the student’s one attempt is still there', async () => {
    const cls = await createClass()
    const { code } = await createAssignment(cls, { maxAttempts: 1, shuffle: true })
    const student = { name: 'Hala', deviceId: '5c0e1a7d3b2f4e6a8c9d0b1a2f3e4d5c' }
    const refused = await expectProblem(
      await submit(code, { ...student, answers: { ...RIGHT, 'parade-occasion': 'japan_surrender' } }),
      422,
      'validation-failed',
    )
    expect(refused.errors).toEqual([{ path: 'answers.parade-occasion', message: PARADE_IDS, in: 'body', pointer: '/answers/parade-occasion' }])
    const res = await submit(code, { ...student, answers: RIGHT })
    expect(res.status, await res.clone().text()).toBe(201)
    expect(await res.json()).toMatchObject({ attemptNumber: 1, attemptsLeft: 0 })
  })
})
