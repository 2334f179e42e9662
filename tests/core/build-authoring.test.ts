import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { propertyRegExps, propertyRegExpsDeferred } from '../../scripts/build-authoring.mjs'
import { DraftError, draftQuiz } from '../../src/core/draft/index.ts'
import { ARTICLES } from './draft-articles.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'

// The authoring Worker deploys scripts/build-authoring.mjs's bundle, in which the regular-expression
// literals of Unicode properties are built on first use instead (so that the Worker starts without
// parsing them): the drafter must draft there exactly as its source does here.

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

describe('the drafter as the authoring Worker bundles it', () => {
  let dir: string
  let bundled: { draftQuiz: typeof draftQuiz; DraftError: typeof DraftError }
  beforeAll(async () => {
    const result = await build({
      entryPoints: ['src/core/draft/index.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      charset: 'utf8',
      minify: true,
      plugins: [propertyRegExps],
      logLevel: 'silent',
    })
    expect(result.outputFiles[0]!.text).toContain('??=[])[0]??=new RegExp(')
    dir = mkdtempSync(join(tmpdir(), 'fahm-drafter-'))
    writeFileSync(join(dir, 'drafter.mjs'), result.outputFiles[0]!.text)
    bundled = await import(pathToFileURL(join(dir, 'drafter.mjs')).href)
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
