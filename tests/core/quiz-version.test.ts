import { describe, expect, it } from 'vitest'
import { canonicalArticle } from '../../src/core/article.ts'
import { articleHash, contentFingerprint, nextVersion, stableJson, staleAfterSave, staleEvidence } from '../../src/core/quiz-version.ts'
import { SAMPLE_ARTICLE, sampleQuiz, sampleQuizFile } from './export-fixture.ts'

describe('article hash', () => {
  it('is a sha256 of the canonical text', async () => {
    expect(await articleHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
  it('ignores what parseArticle ignores: BOM, CRLF, surrounding spaces, leading and trailing blank lines', async () => {
    const messy =
      '\uFEFF\n\n' +
      SAMPLE_ARTICLE.split('\n')
        .map((l) => `  ${l}\t`)
        .join('\r\n') +
      '\n\n'
    expect(canonicalArticle(messy)).toBe(SAMPLE_ARTICLE)
    expect(await articleHash(messy)).toBe(await articleHash(SAMPLE_ARTICLE))
  })
  it('ignores how many blank lines separate blocks, not whether they are there', async () => {
    const blocks = 'Lead.\n\nHeading\nText.\n\nClosing.'
    expect(canonicalArticle(' Lead.\r\n\r\n\r\n Heading\nText. \n \t\nClosing.')).toBe(blocks)
    expect(await articleHash('Lead.\nHeading\nText.\nClosing.')).not.toBe(await articleHash('Lead.\n\nHeading\n\nText.\n\nClosing.'))
  })
  it('changes with any word of the article', async () => {
    expect(await articleHash(SAMPLE_ARTICLE.replace('5000', '5001'))).not.toBe(await articleHash(SAMPLE_ARTICLE))
  })
})

describe('versions', () => {
  it('starts at 1, keeps the version for the same content and bumps it for any change', async () => {
    const hash = await articleHash(SAMPLE_ARTICLE)
    const file = sampleQuizFile()
    const first = await contentFingerprint(file, hash)
    expect(nextVersion(null, first)).toBe(1)
    // The version field, $schema and article file name are not content.
    expect(await contentFingerprint({ ...file, version: 9, $schema: 'x', article: 'other.txt' }, hash)).toBe(first)
    expect(nextVersion({ version: 4, fingerprint: first }, first)).toBe(4)

    const edited = { ...file, title: { ...file.title, en: 'Another title' } }
    expect(nextVersion({ version: 4, fingerprint: first }, await contentFingerprint(edited, hash))).toBe(5)
    const otherArticle = await contentFingerprint(file, await articleHash(SAMPLE_ARTICLE + '\nخاتمة'))
    expect(nextVersion({ version: 4, fingerprint: first }, otherArticle)).toBe(5)
  })
  it('does not depend on key order', () => {
    expect(stableJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(stableJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }))
  })
})

describe('staleEvidence', () => {
  const quiz = sampleQuiz()

  it('flags nothing when the article is unchanged (up to whitespace)', () => {
    expect(staleEvidence(quiz, `\n${SAMPLE_ARTICLE}\r\n`)).toEqual([])
  })

  it('flags a removed quote, a changed paragraph around a kept quote and a removed paragraph', () => {
    const lines = SAMPLE_ARTICLE.split('\n')
    // Paragraph 2 (soldiers): the number changes, so "قُتل نحو 2000 جندي" is gone.
    lines[4] = lines[4]!.replace('2000', '3000')
    // Paragraph 1 (Kursk): the quote stays, the sentence around it changes.
    lines[2] = lines[2]!.replace('1000 عامل', '1200 عامل')
    // The closing paragraph (3) disappears: an even body has no closing line.
    lines.pop()
    const stale = staleEvidence(quiz, lines.join('\n'))
    expect(stale.map((s) => [s.questionId, s.paragraph, s.reason])).toEqual([
      ['kursk-workers', 1, 'paragraph-changed'],
      ['strict-multiple', 2, 'quote-missing'],
      ['relations-special', 3, 'paragraph-missing'],
      ['soldiers-killed', 2, 'quote-missing'],
    ])
    for (const s of stale) expect(s.message).toMatch(/paragraph \d/)
  })

  it('flags a changed heading above the evidence', () => {
    const changed = SAMPLE_ARTICLE.replace('العمال في كورسك', 'عمال كورسك')
    expect(staleEvidence(quiz, changed).map((s) => [s.questionId, s.reason])).toEqual([['kursk-workers', 'paragraph-changed']])
  })
})

describe('staleAfterSave', () => {
  const quiz = sampleQuiz()
  const changed = SAMPLE_ARTICLE.replace('1000 عامل', '1200 عامل')

  it('is empty for a new quiz', () => {
    expect(staleAfterSave(null, quiz.questions, changed)).toEqual([])
  })

  it('flags unchanged questions whose evidence paragraph changed, and keeps the flag until edited', () => {
    const flagged = staleAfterSave({ quiz, stale: [] }, quiz.questions, changed)
    expect(flagged).toEqual(['kursk-workers'])
    // Saved again with the same article: still flagged, nobody reviewed it.
    const after = { ...quiz, article: { paragraphs: quiz.article.paragraphs } }
    expect(staleAfterSave({ quiz: after, stale: flagged }, quiz.questions, SAMPLE_ARTICLE)).toEqual(['kursk-workers'])
    // The editor changes the question: reviewed, the flag clears.
    const revised = quiz.questions.map((q) => (q.id === 'kursk-workers' ? { ...q, explanation: { ar: 'خمسة آلاف و1200.', en: '5000 and 1200.' } } : q))
    expect(staleAfterSave({ quiz: after, stale: flagged }, revised, changed)).toEqual([])
  })

  it('drops flags of deleted questions and never flags new ones', () => {
    const others = quiz.questions.filter((q) => q.id !== 'kursk-workers')
    expect(staleAfterSave({ quiz, stale: ['kursk-workers'] }, others, changed)).toEqual([])
  })
})
