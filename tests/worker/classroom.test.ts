import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ORIGIN, QUIZ_ID, RIGHT, WRONG, bearer, countRows, createAssignment, createClass, submit, type AttemptResult } from './classroom-helpers.ts'

type Results = {
  assignment: { code: string; title: string }
  quiz: { id: string; version: number }
  students: {
    name: string
    attempts: number
    latestScore: number
    bestScore: number
    maxScore: number
    timeTakenSeconds: number | null
    latestSubmittedAt: string
    correctByQuestion: Record<string, boolean | null>
    answers: Record<string, string | null>
  }[]
  questions: {
    questionId: string
    prompt: string | null
    answered: number
    correct: number
    correctShare: number
    type: string | null
    topWrongAnswers: { answer: string; display: string; count: number }[]
  }[]
  totals: { students: number; attempts: number }
}

describe('classroom: teacher → students → results', () => {
  it('runs the whole flow', async () => {
    // The teacher creates a class: the key comes back once and only its hash is stored.
    const cls = await createClass('الصف التاسع ب')
    expect(cls.teacherKey).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(cls.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,8}$/)
    const stored = await env.DB.prepare('SELECT * FROM classes WHERE id = ?').bind(cls.classId).first<Record<string, string>>()
    expect(stored).not.toBeNull()
    expect(Object.values(stored!)).not.toContain(cls.teacherKey)
    expect(JSON.stringify(stored)).not.toContain(cls.teacherKey)

    // … assigns the quiz …
    const assignment = await createAssignment(cls, { title: 'قراءة: قمة بكين', maxAttempts: 2 })
    expect(assignment.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,8}$/)
    expect(assignment).toMatchObject({ quizId: QUIZ_ID, maxAttempts: 2, revealAnswers: 'after-submit', status: 'open' })
    expect(assignment.link).toBe(`${ORIGIN}/a/${assignment.code}`)

    // … students open it by code (no answer keys anywhere) …
    const info = await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code.toLowerCase()}`)
    expect(info.status).toBe(200)
    expect(await info.json()).toEqual({
      code: assignment.code,
      title: 'قراءة: قمة بكين',
      quizId: QUIZ_ID,
      opensAt: null,
      dueAt: null,
      maxAttempts: 2,
      revealAnswers: 'after-submit',
      shuffle: false,
      status: 'open',
      identity: 'name',
    })
    const quiz = await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}/quiz`)
    expect(quiz.status).toBe(200)
    const quizText = await quiz.text()
    expect(quizText).not.toMatch(/"(answer|accepted|explanation|evidence)"/)
    expect(JSON.parse(quizText).questions).toHaveLength(22)
    expect(JSON.parse(quizText).questions.find((q: { id: string }) => q.id === 'meeting-duration')).toMatchObject({ unit: 'hour', unitLabel: 'ساعة' })

    // … and submit.
    const saraFirst = await submit(assignment.code, { name: 'Sara Ali', answers: WRONG, startedAt: new Date(Date.now() - 90_000).toISOString() })
    expect(saraFirst.status).toBe(201)
    const first = (await saraFirst.json()) as AttemptResult
    expect(first).toMatchObject({ attemptNumber: 1, attemptsLeft: 1, score: 0, maxScore: 22, revealed: true })
    expect(first.results).toHaveLength(22)
    const city = first.results.find((r) => r.questionId === 'meeting-city')!
    expect(city).toMatchObject({ answered: true, correct: false })
    expect(city.expected).toBeDefined()

    const saraSecond = (await (await submit(assignment.code, { name: '  sara   ALI ', answers: RIGHT })).json()) as AttemptResult
    expect(saraSecond).toMatchObject({ attemptNumber: 2, attemptsLeft: 0, score: 4 })

    const saraThird = await submit(assignment.code, { name: 'Sara Ali', answers: RIGHT })
    expect(saraThird.status).toBe(409)
    expect(await saraThird.json()).toMatchObject({ code: 'max-attempts-reached', maxAttempts: 2 })

    expect((await submit(assignment.code, { name: 'عمر', answers: { ...WRONG, 'first-public-trilateral': true } })).status).toBe(201)
    expect((await submit(assignment.code, { name: 'Lina', answers: { 'meeting-city': 'Moscow.' } })).status).toBe(201)

    // The teacher sees results.
    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, {
      headers: bearer(cls.teacherKey),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const results = (await res.json()) as Results
    expect(results.totals).toEqual({ students: 3, attempts: 4, averageLatestShare: expect.any(Number) })
    expect(results.students.map((s) => s.name)).toEqual(['Lina', 'sara ALI', 'عمر'])
    const sara = results.students[1]!
    expect(sara).toMatchObject({ attempts: 2, latestScore: 4, bestScore: 4, maxScore: 22, timeTakenSeconds: null })
    expect(results.students[0]!.timeTakenSeconds).toBeNull()
    expect(results.questions).toHaveLength(22)

    const byId = new Map(results.questions.map((q) => [q.questionId, q]))
    // Latest attempts: Sara right, Omar wrong (موسكو), Lina wrong (Moscow.).
    expect(byId.get('meeting-city')).toMatchObject({ answered: 3, correct: 1 })
    expect(byId.get('meeting-city')!.correctShare).toBeCloseTo(1 / 3)
    expect(byId.get('meeting-city')!.topWrongAnswers).toEqual([
      // Counted under the normalised form, shown as the student typed it.
      { answer: 'moscow', display: 'Moscow.', count: 1 },
      { answer: 'موسكو', display: 'موسكو', count: 1 },
    ])
    expect(byId.get('meeting-city')!.type).toBe('text')
    expect(byId.get('first-public-trilateral')!.type).toBe('boolean')
    expect(byId.get('parade-occasion')!.topWrongAnswers).toEqual([{ answer: 'cold-war-end', display: expect.not.stringMatching(/^cold-war-end$/), count: 1 }])
    expect(byId.get('first-public-trilateral')).toMatchObject({ answered: 2, correct: 2 })
    expect(byId.get('meeting-city')!.prompt).toEqual(expect.any(String))

    // Each student's latest answers as the teacher reads them: typed as typed, a choice as its text, null unanswered.
    const lina = results.students[0]!
    expect(lina.answers['meeting-city']).toBe('Moscow.')
    expect(lina.answers['parade-occasion']).toBeNull()
    const omar = results.students[2]!
    expect(omar.answers['first-public-trilateral']).toBe('true')
    expect(omar.answers['parade-occasion']).toBe(byId.get('parade-occasion')!.topWrongAnswers[0]!.display)

    // The class lists the assignment with its counts.
    const classRes = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { headers: bearer(cls.teacherKey) })
    expect(classRes.status).toBe(200)
    const classInfo = (await classRes.json()) as { name: string; assignments: { code: string; attemptCount: number; studentCount: number }[] }
    expect(classInfo.name).toBe('الصف التاسع ب')
    expect(classInfo.assignments).toEqual([expect.objectContaining({ code: assignment.code, attemptCount: 4, studentCount: 3 })])
  })

  it('exports results as CSV: BOM, header, CRLF, Arabic names, RFC 4180 quoting, formula guard', async () => {
    const cls = await createClass()
    const assignment = await createAssignment(cls, { maxAttempts: 3 })
    const startedAt = new Date(Date.now() - 75_000).toISOString()
    for (const [name, answers] of [
      ['سارة "الأولى"', RIGHT],
      ['Doe, Jane', WRONG],
      ['=HYPERLINK("http://evil")', {}],
    ] as const) {
      expect((await submit(assignment.code, { name, answers, startedAt })).status).toBe(201)
    }

    const url = `${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`
    const json = (await (await SELF.fetch(url, { headers: bearer(cls.teacherKey) })).json()) as Results
    const byAccept = await SELF.fetch(url, { headers: { ...bearer(cls.teacherKey), Accept: 'text/csv' } })
    const byQuery = await SELF.fetch(`${url}?format=csv`, { headers: bearer(cls.teacherKey) })
    for (const res of [byAccept, byQuery]) {
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="results-${assignment.code}.csv"`)
    }
    const bytes = new Uint8Array(await byAccept.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(await byQuery.text()).toBe(text.slice(1))

    const ids = json.questions.map((q) => q.questionId)
    const student = (name: string) => json.students.find((s) => s.name === name)!
    const cells = (name: string) => {
      const s = student(name)
      return [s.attempts, s.latestScore, s.bestScore, s.maxScore, Math.round((s.latestScore / s.maxScore) * 1000) / 10, s.timeTakenSeconds, s.latestSubmittedAt]
        .concat(ids.map((id) => (s.correctByQuestion[id] === true ? 1 : s.correctByQuestion[id] === false ? 0 : '')) as never[])
        .join(',')
    }
    expect(student('سارة "الأولى"').timeTakenSeconds).toBeGreaterThanOrEqual(75)
    const expected =
      '\uFEFF' +
      [
        'name,attempts,latest_score,best_score,max_score,latest_percent,time_taken_seconds,last_submitted_at,' + ids.join(','),
        `"Doe, Jane",${cells('Doe, Jane')}`,
        `"'=HYPERLINK(""http://evil"")",${cells('=HYPERLINK("http://evil")')}`,
        `"سارة ""الأولى""",${cells('سارة "الأولى"')}`,
      ].join('\r\n') +
      '\r\n'
    expect(text).toBe(expected)
    expect(text.split('\r\n')).toHaveLength(5)
    expect(text.replaceAll('\r\n', '')).not.toContain('\n')
  })

  it('deleting an assignment removes its attempts and nothing else', async () => {
    const cls = await createClass()
    const keep = await createAssignment(cls)
    const drop = await createAssignment(cls)
    await submit(keep.code, { name: 'A', answers: RIGHT })
    await submit(drop.code, { name: 'A', answers: RIGHT })
    await submit(drop.code, { name: 'B', answers: RIGHT })

    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${drop.assignmentId}`, {
      method: 'DELETE',
      headers: bearer(cls.teacherKey),
    })
    expect(res.status).toBe(204)
    expect(await countRows('attempts', 'assignment_id = ?', drop.assignmentId)).toBe(0)
    expect(await countRows('assignments', 'id = ?', drop.assignmentId)).toBe(0)
    expect(await countRows('attempts', 'assignment_id = ?', keep.assignmentId)).toBe(1)
    expect((await SELF.fetch(`${ORIGIN}/v1/assignments/${drop.code}`)).status).toBe(404)
    const again = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${drop.assignmentId}`, {
      method: 'DELETE',
      headers: bearer(cls.teacherKey),
    })
    expect(again.status).toBe(404)
    expect(await again.json()).toMatchObject({ code: 'assignment-not-found' })
  })

  it('deleting a class removes its assignments and all their attempts; its key stops working', async () => {
    const cls = await createClass()
    const other = await createClass()
    const a1 = await createAssignment(cls)
    const a2 = await createAssignment(cls, { maxAttempts: 5 })
    const otherAssignment = await createAssignment(other)
    for (const name of ['A', 'B', 'C']) {
      await submit(a1.code, { name, answers: RIGHT })
      await submit(a2.code, { name, answers: WRONG })
    }
    await submit(otherAssignment.code, { name: 'A', answers: RIGHT })
    expect(await countRows('attempts', 'assignment_id IN (?, ?)', a1.assignmentId, a2.assignmentId)).toBe(6)

    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { method: 'DELETE', headers: bearer(cls.teacherKey) })
    expect(res.status).toBe(204)
    expect(await countRows('classes', 'id = ?', cls.classId)).toBe(0)
    expect(await countRows('assignments', 'class_id = ?', cls.classId)).toBe(0)
    expect(await countRows('attempts', 'assignment_id IN (?, ?)', a1.assignmentId, a2.assignmentId)).toBe(0)
    // The other class is untouched.
    expect(await countRows('attempts', 'assignment_id = ?', otherAssignment.assignmentId)).toBe(1)
    expect((await SELF.fetch(`${ORIGIN}/v1/assignments/${a1.code}`)).status).toBe(404)
    const after = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { headers: bearer(cls.teacherKey) })
    expect(after.status).toBe(401)
  })

  it('cascades in the schema itself: deleting a class row deletes its assignments and attempts', async () => {
    const cls = await createClass()
    const assignment = await createAssignment(cls)
    await submit(assignment.code, { name: 'A', answers: RIGHT })
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(1)
    await env.DB.prepare('DELETE FROM classes WHERE id = ?').bind(cls.classId).run()
    expect(await countRows('assignments', 'id = ?', assignment.assignmentId)).toBe(0)
    expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(0)
  })

  it('validates new assignments', async () => {
    const cls = await createClass()
    const post = (body: Record<string, unknown>) =>
      SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...bearer(cls.teacherKey) },
        body: JSON.stringify({ quizId: QUIZ_ID, title: 'T', ...body }),
      })
    const cases: [Record<string, unknown>, string][] = [
      [{ quizId: 'no-such-quiz' }, 'quizId'],
      [{ maxAttempts: 0 }, 'maxAttempts'],
      [{ maxAttempts: 21 }, 'maxAttempts'],
      [{ revealAnswers: 'sometimes' }, 'revealAnswers'],
      [{ opensAt: '2026-12-02T00:00:00Z', dueAt: '2026-12-01T00:00:00Z' }, 'dueAt'],
      [{ revealAnswers: 'after-due' }, 'dueAt'],
      [{ title: '' }, 'title'],
      [{ opensAt: 'tomorrow' }, 'opensAt'],
    ]
    for (const [body, path] of cases) {
      const res = await post(body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      const problem = (await res.json()) as { code: string; errors: { path: string }[] }
      expect(problem.code).toBe('validation-failed')
      expect(problem.errors.map((e) => e.path)).toContain(path)
    }
    const ok = await post({ opensAt: '2026-12-01T08:00:00+03:00', dueAt: '2026-12-08T08:00:00+03:00', revealAnswers: 'after-due', shuffle: true })
    expect(ok.status).toBe(201)
    expect(await ok.json()).toMatchObject({ opensAt: '2026-12-01T05:00:00.000Z', dueAt: '2026-12-08T05:00:00.000Z', maxAttempts: 1, shuffle: true })
  })

  it('shuffles the quiz deterministically when the assignment says so', async () => {
    const cls = await createClass()
    const plain = await createAssignment(cls)
    const shuffled = await createAssignment(cls, { shuffle: true })
    const ids = async (code: string, query = '') =>
      ((await (await SELF.fetch(`${ORIGIN}/v1/assignments/${code}/quiz${query}`)).json()) as { questions: { id: string }[] }).questions.map((q) => q.id)
    const original = await ids(plain.code)
    const first = await ids(shuffled.code)
    expect(first).not.toEqual(original)
    expect([...first].sort()).toEqual([...original].sort())
    expect(await ids(shuffled.code)).toEqual(first)
    expect(await ids(shuffled.code, '?seed=student-2')).not.toEqual(first)
  })

  it('shuffles each question’s choices too, from the same seed', async () => {
    const cls = await createClass()
    const plain = await createAssignment(cls)
    const shuffled = await createAssignment(cls, { shuffle: true })
    type Q = { id: string; type: string; choices?: { id: string; text: string }[] }
    const choices = async (code: string, query = '') => {
      const quiz = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${code}/quiz${query}`)).json()) as { questions: Q[] }
      return new Map(quiz.questions.filter((q) => q.choices).map((q) => [q.id, q.choices!.map((c) => c.id)]))
    }
    const original = await choices(plain.code)
    expect(original.size).toBeGreaterThan(3)
    const first = await choices(shuffled.code)
    // The same choices (ids and texts travel together), in another order for some questions.
    expect([...first.keys()].sort()).toEqual([...original.keys()].sort())
    for (const [id, order] of first) expect([...order].sort(), id).toEqual([...original.get(id)!].sort())
    const moved = [...first].filter(([id, order]) => order.join() !== original.get(id)!.join())
    expect(moved.length).toBeGreaterThan(original.size / 2)
    // Deterministic for a seed, different for another.
    expect(await choices(shuffled.code)).toEqual(first)
    const other = await choices(shuffled.code, '?seed=student-2')
    expect([...other].some(([id, order]) => order.join() !== first.get(id)!.join())).toBe(true)
    // Texts stay with their ids.
    const en = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${shuffled.code}/quiz?lang=en`)).json()) as { questions: Q[] }
    const plainEn = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${plain.code}/quiz?lang=en`)).json()) as { questions: Q[] }
    const textOf = new Map(plainEn.questions.flatMap((q) => (q.choices ?? []).map((c) => [`${q.id}/${c.id}`, c.text])))
    for (const q of en.questions) for (const c of q.choices ?? []) expect(c.text).toBe(textOf.get(`${q.id}/${c.id}`))
  })

  it('serves the student page /a/:code with the widget, escaping every value', async () => {
    const cls = await createClass()
    const assignment = await createAssignment(cls, { title: '<img src=x onerror=alert(1)> & "quotes"' })
    const res = await SELF.fetch(`${ORIGIN}/a/${assignment.code.toLowerCase()}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain(`<script src="/widget-full.js" data-assignment="${assignment.code}" data-lang="ar" data-show-article async></script>`)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;')
    expect(await SELF.fetch(`${ORIGIN}/a/${assignment.code}?lang=en`).then((r) => r.text())).toContain('data-lang="en"')

    const missing = await SELF.fetch(`${ORIGIN}/a/%3Cscript%3E`, { headers: { Accept: 'text/html' } })
    expect(missing.status).toBe(404)
    expect(await missing.text()).not.toContain('<script>')
  })

  it('serves the teacher page /teach', async () => {
    const res = await SELF.fetch(`${ORIGIN}/teach`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<script src="/teach.js" defer></script>')
    expect(html).toContain('id="teach"')
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(await (await SELF.fetch(`${ORIGIN}/teach?lang=en`)).text()).toContain('<html lang="en" dir="ltr">')
  })
})
