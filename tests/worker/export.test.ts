import { SELF } from 'cloudflare:test'
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { createAuthoredQuiz } from './authored-quiz.ts'
import { bearer, createAssignment, createClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

const ORIGIN = 'http://x'
const TOKEN = 'test-editor-token'
const QUIZ = 'kim-putin-beijing'

function exportQuiz(format: string, headers: Record<string, string> = bearer(TOKEN), quizId = QUIZ, extra = ''): Promise<Response> {
  return SELF.fetch(`${ORIGIN}/v1/quizzes/${quizId}/export?format=${format}${extra}`, { headers })
}

describe('quiz export', () => {
  it('exports GIFT that gift-pegjs parses, one item per question plus the article', async () => {
    const res = await exportQuiz('gift')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="kim-putin-beijing-v\d+\.gift\.txt"$/)
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    const items = parse(await res.text())
    const quiz = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${QUIZ}`)).json()) as { questions: { id: string; type: string }[] }
    expect(items.filter((i) => i.type !== 'Category' && i.type !== 'Description')).toHaveLength(quiz.questions.length)
    const byId = new Map(items.map((i) => ['title' in i ? i.title : '', i]))
    // The numeric questions of the issue, with their values.
    expect(byId.get('meeting-duration')).toMatchObject({ type: 'Numerical', choices: { type: 'range', number: 2.5 } })
    expect(byId.get('kursk-workers-total')).toMatchObject({ type: 'Numerical', choices: { number: 6000 } })
    expect(byId.get('trained-soldiers')).toMatchObject({ type: 'Numerical', choices: { number: 9500 } })
    for (const q of quiz.questions) {
      const expected = { single: 'MC', multiple: 'MC', boolean: 'TF', numeric: 'Numerical', text: 'Short' }[q.type]
      expect(byId.get(q.id)?.type, q.id).toBe(expected)
    }
  })

  it('exports a QTI 3.0 package with a manifest and one item per question', async () => {
    const res = await exportQuiz('qti', bearer(TOKEN), QUIZ, '&lang=en')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/zip')
    expect(res.headers.get('Content-Disposition')).toMatch(/-en\.qti\.zip"$/)
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    const manifest = strFromU8(files['imsmanifest.xml']!)
    const items = Object.keys(files).filter((p) => p.startsWith('items/'))
    const quiz = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${QUIZ}`)).json()) as { questions: { id: string }[] }
    expect(items).toHaveLength(quiz.questions.length)
    expect(manifest.match(/type="imsqti_item_xmlv3p0"/g)).toHaveLength(quiz.questions.length)
    const duration = strFromU8(files['items/kim-putin-beijing-meeting-duration.xml']!)
    expect(duration).toContain('<qti-text-entry-interaction')
    expect(duration).toMatch(/<qti-equal tolerance-mode="absolute" tolerance="[\d.]+ [\d.]+"/)
    expect(duration).toContain('xml:lang="en"')
  })

  it('needs the editor token or the teacher key of a class with an assignment of the quiz', async () => {
    const res = await exportQuiz('gift', {})
    await expectProblem(res, 401, 'unauthorized')
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer')
    await expectProblem(await exportQuiz('gift', bearer('not-a-key-at-all-1234567890')), 401, 'unauthorized')

    const teacher = await createClass()
    await expectProblem(await exportQuiz('gift', bearer(teacher.teacherKey)), 403, 'forbidden')
    await createAssignment(teacher)
    const allowed = await exportQuiz('qti', bearer(teacher.teacherKey))
    expect(allowed.status).toBe(200)
    expect(unzipSync(new Uint8Array(await allowed.arrayBuffer()))['imsmanifest.xml']).toBeDefined()
  })

  it('treats a classroom quiz alike: a teacher without an assignment of it learns nothing, one with an assignment exports', async () => {
    const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
    const teacher = await createClass()
    // The same 403 as for a quiz that does not exist: existence does not show.
    const forbidden = await expectProblem(await exportQuiz('gift', bearer(teacher.teacherKey), quizId), 403, 'forbidden')
    const unknown = await expectProblem(await exportQuiz('gift', bearer(teacher.teacherKey), 'no-such-quiz'), 403, 'forbidden')
    expect(forbidden.detail.replace(quizId, '<id>')).toBe(unknown.detail.replace('no-such-quiz', '<id>'))
    // Documented limit of the gate: any class that assigns the quiz passes (as its assignment could reveal the keys).
    await createAssignment(teacher, { quizId })
    const res = await exportQuiz('gift', bearer(teacher.teacherKey), quizId)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('::meeting-place::')
  })

  it('answers 404 for an unknown quiz and 400 for a missing or unknown format', async () => {
    await expectProblem(await exportQuiz('gift', bearer(TOKEN), 'no-such-quiz'), 404, 'quiz-not-found')
    await expectProblem(await exportQuiz('docx'), 400, 'validation-failed')
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${QUIZ}/export`, { headers: bearer(TOKEN) }), 400, 'validation-failed')
  })
})
