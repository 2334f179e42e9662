import { describe, expect, it } from 'vitest'
import { gradeAnswers } from '../../src/core/grade-answers.ts'
import { grader } from '../../src/grader/grader.ts'
import { KNOWN_QUIZZES, knownQuestions } from '../../src/grader/known-questions.ts'
import { sampleQuiz } from './export-fixture.ts'

// Over RPC the grader Worker gets new objects on every call; the grader keeps what it derives per
// question object. knownQuestions hands back the objects first handed with the same content.

describe('knownQuestions', () => {
  it('gives back the first array handed with the same content, its very objects', () => {
    const { questions } = sampleQuiz()
    const first = knownQuestions(structuredClone(questions))
    const again = knownQuestions(structuredClone(questions))
    expect(again).toBe(first)
    expect(again[0]).toBe(first[0])
  })

  it('keeps a quiz with other content apart: a changed key is a new entry', () => {
    const { questions } = sampleQuiz()
    const first = knownQuestions(structuredClone(questions))
    const changed = structuredClone(questions)
    changed[0]!.prompt.ar = `${changed[0]!.prompt.ar} (v2)`
    expect(knownQuestions(changed)).toBe(changed)
    expect(knownQuestions(structuredClone(questions))).toBe(first)
  })

  it(`keeps ${KNOWN_QUIZZES} quizzes, the least recently used first out`, () => {
    const { questions } = sampleQuiz()
    const variant = (n: number) => structuredClone(questions).map((q) => ({ ...q, id: `${q.id}-${n}` }))
    const kept = knownQuestions(variant(0))
    for (let n = 1; n <= KNOWN_QUIZZES; n++) {
      knownQuestions(variant(n))
      // Used again halfway: it stays.
      if (n === KNOWN_QUIZZES / 2) expect(knownQuestions(variant(0))).toBe(kept)
    }
    expect(knownQuestions(variant(0))).toBe(kept)
    // Variant 1 was the least recently used: it went out, and comes back as new.
    const one = variant(1)
    expect(knownQuestions(one)).toBe(one)
  })
})

describe('the grader’s methods', () => {
  it('grade fresh copies of a quiz as the core grades the quiz itself', async () => {
    const quiz = sampleQuiz()
    const answers = { 'meeting-duration': 'ساعتين ونصف', 'meeting-place': 'moscow', 'relations-special': 'صح' }
    const direct = gradeAnswers(quiz, answers, 'ar')
    for (let call = 0; call < 3; call++) {
      expect(await grader.gradeAnswers({ questions: structuredClone(quiz.questions) }, structuredClone(answers), 'ar')).toEqual(direct)
    }
  })

  it('check one answer of a fresh copy against its own question', async () => {
    const { questions } = sampleQuiz()
    const question = questions.find((q) => q.id === 'meeting-duration')!
    const outcome = await grader.checkAnswer(structuredClone(question), 'ساعتين ونصف', 'ar', structuredClone(questions))
    expect(outcome.ok && outcome.result).toMatchObject({ questionId: 'meeting-duration', correct: true })
    const alone = await grader.checkAnswer(structuredClone(question), 'three hours', 'en')
    expect(alone.ok && alone.result).toMatchObject({ questionId: 'meeting-duration', correct: false })
  })
})
