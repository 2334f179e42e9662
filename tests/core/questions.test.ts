import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { pickText, quizLangs } from '../../src/core/localized.ts'
import { findGiveaways } from '../../src/core/giveaways.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { QUESTION_TYPES, SKILLS, type Quiz } from '../../src/core/quiz-schema.ts'
import { quizSources } from '../../questions/index.ts'
import { articleHash, contentFingerprint } from '../../src/core/quiz-version.ts'

const quizzes: Quiz[] = quizSources.map((source) => loadQuiz(source.file, source.articleText, { fileName: `questions/${source.id}/quiz.json` }))

describe('the catalog (questions/index.ts)', () => {
  it('lists every folder under questions/, under its own id, once', () => {
    const folders = readdirSync(new URL('../../questions/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(quizSources.map((s) => s.id).sort()).toEqual(folders)
    expect(quizzes.map((q) => q.id)).toEqual(quizSources.map((s) => s.id))
  })
})

/**
 * The content fingerprint (`contentFingerprint`) of each version of kim-putin-beijing, version 1
 * first. Readers keep progress per version: a change of content under the same version would
 * apply their saved answers to other questions.
 */
const SEED_VERSIONS = [
  'sha256:e84460784c17234a3aa09143a8de95ba42f026fbedb5e0b67902d5edb1352cce',
  'sha256:824ecf89d32935920fd6f96e503249627bc3240109f365904e938a000dede3c0',
]

describe('kim-putin-beijing', () => {
  const quiz = quizzes.find((q) => q.id === 'kim-putin-beijing')!
  const byId = new Map(quiz.questions.map((q) => [q.id, q]))

  it('has at least 15 questions of all five types and all four skills', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(15)
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES))
    expect(new Set(quiz.questions.map((q) => q.skill))).toEqual(new Set(SKILLS))
  })

  it('takes evidence from every paragraph: lead, seven sections, closing', () => {
    const { paragraphs } = parseArticle(quizSources.find((s) => s.id === quiz.id)!.articleText)
    expect(paragraphs).toHaveLength(9)
    const used = new Set(quiz.questions.map((q) => q.evidence.paragraph))
    expect([...used].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
  })

  it.each([
    ['meeting-duration', 2.5, 'hour'],
    ['kursk-construction-workers', 5000, 'person'],
    ['kursk-demining-workers', 1000, 'person'],
    ['kursk-workers-total', 6000, 'person'],
    ['soldiers-killed', 2000, 'person'],
    ['additional-soldiers', 6000, 'person'],
    ['trained-soldiers', 9500, 'person'],
  ] as const)('%s is numeric: %d %s, exactly', (id, value, unit) => {
    const question = byId.get(id)
    expect(question?.type).toBe('numeric')
    expect(question?.type === 'numeric' && question.answer).toEqual({ value, unit, tolerance: 0 })
  })

  it('asks for the Kursk total as an inference: the parts are in its quote, the sum is not', () => {
    const total = byId.get('kursk-workers-total')!
    expect(total.skill).toBe('inference')
    expect(total.evidence.quote).toContain('1000')
    expect(total.evidence.quote).toContain('5000')
    expect(total.evidence.quote).not.toContain('6000')
  })

  it('accepts the place answers in Arabic and English', () => {
    const accepted = (id: string) => {
      const q = byId.get(id)
      return q?.type === 'text' ? q.answer.accepted : []
    }
    expect(accepted('meeting-city')).toEqual(expect.arrayContaining(['بكين', 'Beijing', 'Peking']))
    expect(accepted('workers-destination')).toEqual(expect.arrayContaining(['كورسك', 'منطقة كورسك', 'Kursk']))
  })

  it('asks for the additional soldiers in all, so that 6000 is the one right answer (1000 of them are already in Russia)', () => {
    const additional = byId.get('additional-soldiers')!
    expect(gradeQuestion(additional, '6000').correct).toBe(true)
    expect(gradeQuestion(additional, '5000').correct).toBe(false)
    expect(additional.prompt.ar).toContain('الإجمالي')
    expect(additional.prompt.en).toContain('in all')
  })

  it('gives no answer away: no number among the choices, Beijing and Kursk only in their own questions’ keys', () => {
    expect(findGiveaways(quiz)).toEqual([])
    const numberChoiceQuestions = quiz.questions.filter((q) => q.type === 'single' && q.choices.some((c) => asNumber(pickText(c.text, 'ar')) !== null))
    expect(numberChoiceQuestions).toEqual([])
    const shown = [
      quiz.title.ar,
      quiz.title.en,
      ...quiz.questions.flatMap((q) => [
        q.prompt.ar,
        q.prompt.en,
        ...(q.type === 'single' || q.type === 'multiple' ? q.choices.flatMap((c) => [c.text.ar, c.text.en]) : []),
      ]),
    ]
    for (const text of shown) expect(text).not.toMatch(/بكين|كورسك|Beijing|Kursk/u)
  })

  it('bumps its version with every change of content, so readers’ saved progress of an old version is dropped', async () => {
    const source = quizSources.find((s) => s.id === quiz.id)!
    const fingerprint = await contentFingerprint(source.file as { questions: unknown }, await articleHash(source.articleText))
    const pinned = SEED_VERSIONS.indexOf(fingerprint) + 1
    expect(pinned, 'the content of an older version').not.toBe(0)
    expect(quiz.version, 'the content changed: bump "version" in quiz.json and pin its fingerprint in SEED_VERSIONS').toBe(pinned)
    expect(pinned).toBe(SEED_VERSIONS.length)
  })

  it('quotes with « » in Arabic', () => {
    for (const q of quiz.questions) expect(`${q.prompt.ar} ${q.explanation.ar}`, q.id).not.toMatch(/[“”"]/u)
    expect(byId.get('brotherly-duty-meaning')!.prompt.ar).toContain('«واجب أخوي»')
  })

  it('gives Arabic and English for every prompt, explanation and choice (translations are optional, this quiz keeps them)', () => {
    expect(quizLangs(quiz)).toEqual(['ar', 'en'])
    const arabic = /[\u0600-\u06FF]/
    for (const q of quiz.questions) {
      expect(q.prompt.ar, q.id).toMatch(arabic)
      expect(q.explanation.ar, q.id).toMatch(arabic)
      expect(q.prompt.en, q.id).not.toMatch(arabic)
      expect(q.explanation.en, q.id).not.toMatch(arabic)
      for (const c of q.type === 'single' || q.type === 'multiple' ? q.choices : []) {
        expect(c.text.en, `${q.id}/${c.id}`).not.toMatch(arabic)
      }
    }
  })
})

function asNumber(text: string): number | null {
  const digits = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[,٬]/g, '')
  return /^\d+(?:\.\d+)?$/.test(digits.trim()) ? Number(digits) : null
}
