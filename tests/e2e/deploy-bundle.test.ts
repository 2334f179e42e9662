import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { askPublicQuizzes } from '../../scripts/ask-public-quizzes.mjs'
import { appWorkerName, AUTHORING_CONFIG, bundleWorker, type Bundle, FRONT_CONFIG, GRADER_CONFIG, migrateD1, startWorker } from '../../scripts/workerd.mjs'
import { SAMPLE_ARTICLE, sampleQuizFile } from '../core/export-fixture.ts'
import app from '../../src/worker/api.ts'
import { grader } from '../../src/grader/grader.ts'
import { openApiDocument } from '../../src/worker/routes/openapi.ts'

// The deploy bundle is minified, with zod/mini's functions and no more (src/core/zod.ts). It must
// answer as the source does: the same OpenAPI document and the same validation errors as the app
// imported here. Behind both, the grader
// Worker's bundle, and its functions in-process behind the source (src/grader/grader.ts).

const vars = {
  RATE_LIMIT_GRADING_PER_MINUTE: '0',
  RATE_LIMIT_DRAFTS_PER_MINUTE: '0',
  RATE_LIMIT_CLASSES_PER_HOUR: '0',
  RATE_LIMIT_ATTEMPTS_PER_MINUTE: '0',
  RATE_LIMIT_FAILED_LOOKUPS_PER_HOUR: '0',
  RATE_LIMIT_QUIZ_WRITES_PER_HOUR: '0',
}
const sourceEnv = { ...vars, GRADER: grader } as unknown as Env
let bundle: Bundle
let graderBundle: Bundle
let worker: Awaited<ReturnType<typeof startWorker>>

beforeAll(async () => {
  bundle = bundleWorker()
  graderBundle = bundleWorker({ config: GRADER_CONFIG })
  worker = await startWorker(bundle, { vars, d1: 'deploy-bundle-test', grader: graderBundle })
})
afterAll(() => worker?.mf.dispose())

describe('the deploy bundle', () => {
  it('is minified and leaves zod’s locales out', () => {
    const code = bundle.modules[bundle.mainModule]!.contents
    // esbuild's unminified output names each module in a comment; minified lines are long.
    expect(code).not.toMatch(/^\/\/ src\//m)
    expect(code.length / code.split('\n').length).toBeGreaterThan(500)
    // Words of zod's German and Spanish messages (their ASCII part).
    expect(code).not.toContain('Eingabe')
    expect(code).not.toContain('Entrada inv')
  })

  it('serves the OpenAPI document the source generates', async () => {
    const res = await fetch(`${worker.base}/v1/openapi.json`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(await openApiDocument(worker.base, sourceEnv))
  })

  it.each([
    ['a query value it does not know', 'GET', '/v1/quizzes/kim-putin-beijing?lang=fr', undefined],
    ['an answer of the wrong shape', 'POST', '/v1/quizzes/kim-putin-beijing/grade', { answers: { 'parade-occasion': { deep: [1] } } }],
    ['a body without answers', 'POST', '/v1/quizzes/kim-putin-beijing/grade', { answer: 'x' }],
    ['an article of the wrong type', 'POST', '/v1/drafts', { article: 5, lang: 'ar' }],
  ])('answers %s with the problem the source answers', async (_name, method, path, body) => {
    const init = (): RequestInit => (body ? { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : { method })
    const deployed = await fetch(`${worker.base}${path}`, init())
    const source = await app.request(`${worker.base}${path}`, init(), sourceEnv)
    expect(deployed.status).toBeGreaterThanOrEqual(400)
    expect(deployed.status).toBe(source.status)
    expect(deployed.headers.get('content-type')).toBe(source.headers.get('content-type'))
    const problem = (await deployed.json()) as Record<string, unknown>
    expect(problem).toEqual(await source.json())
  })
})

const EDITOR_TOKEN = 'deploy-bundle-editor'

// The four Workers as they deploy: the front's bundle takes the requests and serves public/, the app's
// behind its service binding (by the app's name, as wrangler.front.toml binds it), and the authoring
// and grader Workers' behind the app's (wrangler.toml's AUTHORING and GRADER).
describe('the front Worker’s bundle before the app’s', () => {
  let both: Awaited<ReturnType<typeof startWorker>>
  beforeAll(async () => {
    both = await startWorker(bundle, {
      vars: { ...vars, EDITOR_TOKEN },
      d1: 'deploy-bundle-front-test',
      front: bundleWorker({ config: FRONT_CONFIG }),
      authoring: bundleWorker({ config: AUTHORING_CONFIG }),
      grader: graderBundle,
    })
    await migrateD1(both.mf)
  })
  afterAll(() => both?.mf.dispose())

  it.each([
    ['the ping, itself', 'GET', '/v1/ping', 200, /^application\/json/],
    ['a catalog quiz, itself', 'GET', '/v1/quizzes/kim-putin-beijing?lang=en', 200, /^application\/json/],
    ['its embed page, itself', 'GET', '/embed/kim-putin-beijing', 200, /^text\/html/],
    ['the widget, from public/', 'GET', '/widget.js', 200, /javascript/],
    ['the health check, by the app', 'GET', '/v1/health', 200, /^application\/json/],
    ['the teacher page, by the app', 'GET', '/teach', 200, /^text\/html/],
    ['an unknown language, by the app', 'GET', '/v1/quizzes/kim-putin-beijing?lang=fr', 400, /^application\/problem\+json/],
  ])('answers %s', async (_name, method, path, status, type) => {
    const res = await fetch(`${both.base}${path}`, { method })
    await res.arrayBuffer()
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toMatch(type)
  })

  it('drafts through the authoring Worker behind the app, and answers its refusals as problems', async () => {
    const draft = async (body: unknown) =>
      fetch(`${both.base}/v1/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const drafted = await draft({ articleText: SAMPLE_ARTICLE.replace(/[{}]/g, ''), lang: 'ar' })
    expect(drafted.status).toBe(200)
    const { quiz, notes } = (await drafted.json()) as { quiz: { lang: string; questions: { evidence: unknown[] }[] }; notes: unknown[] }
    expect(quiz.lang).toBe('ar')
    expect(quiz.questions.length).toBeGreaterThan(0)
    expect(Array.isArray(notes)).toBe(true)
    const refused = await draft({ articleText: '12 45 99\n2024\n3.5' })
    expect(refused.status).toBe(422)
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await refused.json()) as { type: string }).type).toMatch(/article-no-sentences$/)
  })

  it('hands a grade to the app with its body, and gives its answer back', async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: { 'meeting-duration': 'ساعتين ونصف' } }) }
    const res = await fetch(`${both.base}/v1/quizzes/kim-putin-beijing/grade`, init)
    expect(res.status).toBe(200)
    const graded = (await res.json()) as { results: { questionId: string; correct: boolean }[] }
    expect(graded.results.find((result) => result.questionId === 'meeting-duration')?.correct).toBe(true)
  })

  it('serves an authored quiz from the record the app keeps in the database they share', async () => {
    const { article: _article, version: _version, ...file } = sampleQuizFile()
    const created = await fetch(`${both.base}/v1/quizzes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${EDITOR_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...file, id: 'deploy-bundle-authored', articleText: SAMPLE_ARTICLE }),
    })
    expect(created.status).toBe(201)
    // The front has no record yet: the app serves the quiz, and keeps its record.
    const first = await fetch(`${both.base}/v1/quizzes/deploy-bundle-authored`)
    expect(first.status).toBe(200)
    const served = await first.text()
    const db = await both.mf.getD1Database('DB', appWorkerName())
    // Kept after the response (waitUntil).
    let kept: { record: string } | null = null
    for (let attempt = 0; attempt < 200 && !kept; attempt++) {
      kept = await db.prepare('SELECT record FROM served_quizzes WHERE quiz_id = ?').bind('deploy-bundle-authored').first<{ record: string }>()
      if (!kept) await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const record = JSON.parse(kept!.record) as { lang: string; served: Record<string, { body: string; etag: string }> }
    expect(record.served[record.lang]!.body).toBe(served)
    // Marked, the record shows who answers next: the front, from the app's database.
    record.served[record.lang]!.etag = '"marked-by-the-test"'
    await db.prepare('UPDATE served_quizzes SET record = ? WHERE quiz_id = ?').bind(JSON.stringify(record), 'deploy-bundle-authored').run()
    const next = await fetch(`${both.base}/v1/quizzes/deploy-bundle-authored`)
    expect(await next.text()).toBe(served)
    expect(next.headers.get('etag')).toBe('"marked-by-the-test"')
  })

  it('keeps every public authored quiz’s record for the new build when asked for each quiz after a deploy', { timeout: 60_000 }, async () => {
    const { article: _article, version: _version, ...file } = sampleQuizFile()
    const ids = ['deploy-bundle-asked-1', 'deploy-bundle-asked-2', 'deploy-bundle-asked-classroom']
    for (const id of ids) {
      const visibility = id.endsWith('classroom') ? 'classroom' : 'public'
      const created = await fetch(`${both.base}/v1/quizzes`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${EDITOR_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...file, id, visibility, articleText: SAMPLE_ARTICLE }),
      })
      expect(created.status).toBe(201)
    }
    const db = await both.mf.getD1Database('DB', appWorkerName())
    const builds = async () => {
      const { results } = await db
        .prepare('SELECT quiz_id, build FROM served_quizzes WHERE quiz_id LIKE ?')
        .bind('deploy-bundle-asked-%')
        .all<{ quiz_id: string; build: string }>()
      return Object.fromEntries(results.map((row) => [row.quiz_id, row.build]))
    }
    // The saves kept the public quizzes' records (after their responses): this build's.
    let kept: Record<string, string> = {}
    for (let attempt = 0; attempt < 200 && Object.keys(kept).length < 2; attempt++) {
      kept = await builds()
      if (Object.keys(kept).length < 2) await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const build = kept['deploy-bundle-asked-1']!
    expect(kept).toEqual({ 'deploy-bundle-asked-1': build, 'deploy-bundle-asked-2': build })
    // A deploy: the records are of the build before, which the front does not read.
    await db.prepare('UPDATE served_quizzes SET build = ? WHERE quiz_id LIKE ?').bind('the-build-before', 'deploy-bundle-asked-%').run()

    const { asked, failed } = await askPublicQuizzes(both.base)
    expect(failed).toEqual([])
    expect(asked).toEqual(expect.arrayContaining(['kim-putin-beijing', 'deploy-bundle-asked-1', 'deploy-bundle-asked-2']))
    expect(asked).not.toContain('deploy-bundle-asked-classroom')
    for (let attempt = 0; attempt < 200 && Object.values(kept).some((b) => b !== build); attempt++) {
      kept = await builds()
      if (Object.values(kept).some((b) => b !== build)) await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(kept).toEqual({ 'deploy-bundle-asked-1': build, 'deploy-bundle-asked-2': build })
  })
})
