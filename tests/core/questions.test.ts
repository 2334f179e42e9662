import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { pickText, quizLangs } from '../../src/core/localized.ts'
import { QUESTION_TYPES, SKILLS, type Question, type Quiz } from '../../src/core/quiz-schema.ts'
import { quizSources } from '../../questions/index.ts'

const quizzes: Quiz[] = quizSources.map((source) =>
  loadQuiz(source.file, source.articleText, { fileName: `questions/${source.id}/quiz.json` }),
)

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

  it('makes every wrong number in a numeric-looking choice question a number that answers another question', () => {
    const numericAnswers = new Map<number, string[]>()
    for (const q of quiz.questions) {
      const value = numberAnswered(q)
      if (value !== null) numericAnswers.set(value, [...(numericAnswers.get(value) ?? []), q.id])
    }
    const numberChoiceQuestions = quiz.questions.filter(
      (q): q is Extract<Question, { type: 'single' }> =>
        q.type === 'single' && q.choices.every((c) => asNumber(pickText(c.text, 'ar')) !== null),
    )
    expect(numberChoiceQuestions.map((q) => q.id)).toEqual(['soldiers-already-in-russia'])
    for (const q of numberChoiceQuestions) {
      for (const choice of q.choices.filter((c) => c.id !== q.answer)) {
        const answers = (numericAnswers.get(asNumber(pickText(choice.text, 'ar'))!) ?? []).filter((id) => id !== q.id)
        expect(answers, `${q.id}: distractor ${choice.text.ar}`).not.toEqual([])
      }
    }
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

/** The number a question's right answer stands for, if it is one. */
function numberAnswered(q: Question): number | null {
  if (q.type === 'numeric') return q.answer.value
  if (q.type === 'single') {
    const right = q.choices.find((c) => c.id === q.answer)
    return right ? asNumber(pickText(right.text, 'ar')) : null
  }
  return null
}

function asNumber(text: string): number | null {
  const digits = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[,٬]/g, '')
  return /^\d+(?:\.\d+)?$/.test(digits.trim()) ? Number(digits) : null
}
