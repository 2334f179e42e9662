import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { propertyRegExpsDeferred, routeDocsStripped, SERVED_ROUTE_FIELDS, WORKER_BUNDLE_OPTIONS } from '../../scripts/build-workers.mjs'
import { DraftError, draftQuiz } from '../../src/core/draft/index.ts'
import { grader } from '../../src/grader/grader.ts'
import { ARTICLES } from './draft-articles.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'
import { sampleQuiz, sampleQuizFile } from './export-fixture.ts'
import { READER_ANSWERS, READER_QUIZ } from './reader-answers.ts'
import { rightFormsQuizzes, rightRows } from './right-forms-answers.ts'

// The app, grader and authoring Workers deploy scripts/build-workers.mjs's bundles, in which the
// regular-expression literals of Unicode properties are built on first use instead (so that a Worker
// starts without parsing them): the drafter must draft there, and the grader grade, exactly as their
// source does here. (The app's bundle answers as its source: tests/e2e/deploy-bundle.test.ts.)

/** A module bundled as scripts/build-workers.mjs bundles a Worker, imported here. */
async function importBundled<T>(entry: string, dir: string): Promise<T> {
  const result = await build({ ...WORKER_BUNDLE_OPTIONS, entryPoints: [entry], write: false, logLevel: 'silent' })
  expect(result.outputFiles[0]!.text).toContain('??=[])[0]??=new RegExp(')
  const file = join(dir, `${entry.replace(/\W+/g, '-')}.mjs`)
  writeFileSync(file, result.outputFiles[0]!.text)
  return import(pathToFileURL(file).href)
}

describe('propertyRegExpsDeferred', () => {
  it('builds a top-level literal with the RegExp constructor, the same pattern and flags', () => {
    const { text, count } = propertyRegExpsDeferred('const WORD = /^\\p{L}+$/u\nconst PLAIN = /^a+$/u\n')
    expect(count).toBe(1)
    expect(text).toBe('const WORD = new RegExp("^\\\\p{L}+$", "u")\nconst PLAIN = /^a+$/u\n')
    expect(new Function(`${text}; return [WORD.source, WORD.flags]`)()).toEqual(['^\\p{L}+$', 'u'])
  })

  it('builds a literal in a function once, on its first call, unless it keeps a state (g, y)', () => {
    const source = 'function f(w) {\n  return /\\p{Lu}/u.test(w) && w.replace(/\\p{M}/gu, "")\n}\n'
    const { text, count } = propertyRegExpsDeferred(source, 'f.ts')
    expect(count).toBe(1)
    expect(text.split('\n').slice(0, 3)).toEqual([
      'function f(w) {',
      '  return (($propertyRegExps ??= [])[0] ??= new RegExp("\\\\p{Lu}", "u")).test(w) && w.replace(/\\p{M}/gu, "")',
      '}',
    ])
    expect(text.endsWith('\nvar $propertyRegExps: RegExp[] | undefined\n')).toBe(true)
    // The same RegExp on each call, and the same results; called before the module's code has run (an import cycle), as after.
    const f = new Function(`${ts.transpile(text)}; return f`)()
    expect([f('Ab\u0301'), f('ab'), f('Ab')]).toEqual(['Ab', false, 'Ab'])
  })

  it('leaves a source without them as it is', () => {
    const source = 'const A = /[a-z]/u\nconst B = "\\\\p{L}"\n'
    expect(propertyRegExpsDeferred(source)).toEqual({ text: source, count: 0 })
  })
})

describe('routeDocsStripped', () => {
  const source = [
    "import { createRoute } from '../api-router.ts'",
    "import { openapi } from '../openapi-metadata.ts'",
    "const Body = openapi(z.object({ a: z.string() }), 'Body', {",
    "  example: { a: 'x' },",
    '}) satisfies unknown',
    'export const route = createRoute({',
    "  method: 'post',",
    "  path: '/{id}',",
    "  summary: 'Make one',",
    '  description: `Long',
    '    text`,',
    '  middleware: [limit],',
    "  request: { params: z.object({ id: openapi(z.string(), { param: { name: 'id', in: 'path' } }) }), body: { content: { 'application/json': { schema: Body } } } },",
    "  responses: { 201: { description: 'Made', content: { 'application/json': { schema: openapi(Made, 'Made') } } } },",
    "  tags: ['Things'],",
    '})',
    '',
  ].join('\n')

  it('keeps of a route what the app serves it by, and each schema without its metadata, on the same lines', () => {
    const { text, count } = routeDocsStripped(source, 'things.routes.ts')
    expect(count).toBeGreaterThan(0)
    expect(text.split('\n')).toHaveLength(source.split('\n').length)
    const compact = text.replace(/\s+/g, '')
    expect(compact).toContain('constBody=(z.object({a:z.string()}))satisfiesunknown')
    expect(compact).toContain("createRoute({method:'post',path:'/{id}',middleware:[limit],request:{params:z.object({id:(z.string())}),")
    for (const gone of ['summary', 'description', 'responses', 'tags', 'Made', 'example']) expect(text).not.toContain(gone)
    expect(SERVED_ROUTE_FIELDS).toEqual(['method', 'path', 'middleware', 'request'])
    // Still TypeScript that compiles.
    expect(ts.transpileModule(text, { reportDiagnostics: true }).diagnostics).toEqual([])
  })

  it('leaves a module that imports neither as it is, a local `openapi` or `createRoute` too', () => {
    const local = "function openapi(x, y) { return y }\nconst createRoute = (r) => r\nexport const a = openapi(1, 2), b = createRoute({ summary: 's' })\n"
    expect(routeDocsStripped(local)).toEqual({ text: local, count: 0 })
  })
})

describe('the drafter as the authoring Worker bundles it', () => {
  let dir: string
  let bundled: { draftQuiz: typeof draftQuiz; DraftError: typeof DraftError }
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fahm-drafter-'))
    bundled = await importBundled('src/core/draft/index.ts', dir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const articles = [...ARTICLES, ...UNSEEN_ARTICLES, ...GENRE_ARTICLES].map((a, i) => [`${a.lang} #${i}`, a] as const)
  it.each(articles)('drafts %s as the source does', (_name, { text, lang }) => {
    expect(bundled.draftQuiz(text, { lang })).toEqual(draftQuiz(text, { lang }))
  })

  it('refuses what the source refuses', () => {
    const codeOf = (draft: typeof draftQuiz, text: string) => {
      try {
        draft(text, {})
        return null
      } catch (err) {
        return (err as DraftError).code
      }
    }
    for (const text of ['', '12 34 56', 'これは日本語の文章です。']) expect(codeOf(bundled.draftQuiz, text), text).toBe(codeOf(draftQuiz, text))
  })
})

describe('the grader as the grader Worker bundles it', () => {
  let dir: string
  let bundled: { grader: typeof grader }
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fahm-grader-'))
    bundled = await importBundled('src/grader/grader.ts', dir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('grades readers’ answers, right and wrong, with their feedback, as the source does', async () => {
    const byId = new Map(READER_QUIZ.map((question) => [question.id, question]))
    for (const { question, answer } of READER_ANSWERS) {
      const asked = byId.get(question)!
      for (const lang of ['ar', 'en'] as const) {
        expect(await bundled.grader.checkAnswer(asked, answer, lang, READER_QUIZ), `${question}: ${answer}`).toEqual(
          await grader.checkAnswer(asked, answer, lang, READER_QUIZ),
        )
      }
    }
  })

  it('grades every right form of the readers’ sets’ questions as the source does', async () => {
    for (const { name, quiz } of rightFormsQuizzes()) {
      for (const question of quiz.questions) {
        for (const { answer } of rightRows(question)) {
          expect(await bundled.grader.checkAnswer(question, answer, quiz.lang, quiz.questions), `${name} ${question.id}: ${answer}`).toEqual(
            await grader.checkAnswer(question, answer, quiz.lang, quiz.questions),
          )
        }
      }
    }
  })

  it('grades a whole set, refuses a malformed one, checks and exports a quiz as the source does', async () => {
    const quiz = sampleQuiz()
    const answers = Object.fromEntries(quiz.questions.map((question) => [question.id, 'ليس هذا']))
    expect(await bundled.grader.gradeAnswers(quiz, answers, 'ar')).toEqual(await grader.gradeAnswers(quiz, answers, 'ar'))
    expect(await bundled.grader.gradeAnswers(quiz, { nope: 1 }, 'en')).toEqual(await grader.gradeAnswers(quiz, { nope: 1 }, 'en'))
    expect(await bundled.grader.languageIssues(sampleQuizFile(), 'quiz.json')).toEqual(await grader.languageIssues(sampleQuizFile(), 'quiz.json'))
    expect(await bundled.grader.gift(quiz, 'ar')).toBe(await grader.gift(quiz, 'ar'))
  })
})
