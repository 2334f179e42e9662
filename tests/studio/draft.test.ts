import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkQuiz } from '../../src/core/content-checks.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import {
  applyEdit,
  changeType,
  editKey,
  getIn,
  missingTexts,
  pathKey,
  questionAbout,
  setIn,
  textLangs,
  uniqueId,
  type Content,
  type Edit,
} from '../../src/studio/draft.ts'
import { fileOf } from '../../src/studio/issues.ts'
import { createHistory, record, undo } from '../../src/studio/history.ts'
import { seedContent } from './fixtures.ts'

const issuesOf = (c: Content) => checkQuiz(fileOf(c.quiz), c.articleText, 'test')
const q = (c: Content, i: number) => c.quiz.questions[i]!
const indexOfType = (c: Content, type: Question['type']) => c.quiz.questions.findIndex((x) => x.type === type)

describe('edits', () => {
  it('sets a field by its path without touching the rest, and a same value changes nothing', () => {
    const seed = seedContent()
    const next = applyEdit(seed, { kind: 'set', path: ['questions', 1, 'prompt', 'ar'], value: 'سؤال جديد؟' })
    expect(q(next, 1).prompt.ar).toBe('سؤال جديد؟')
    expect(q(seed, 1).prompt.ar).not.toBe('سؤال جديد؟')
    expect(next.quiz.questions[0]).toBe(seed.quiz.questions[0])
    expect(applyEdit(seed, { kind: 'set', path: ['title', 'ar'], value: seed.quiz.title.ar })).toBe(seed)
    expect(applyEdit(seed, { kind: 'set-article', text: seed.articleText })).toBe(seed)
  })

  it('setIn and getIn follow the checks’ paths; undefined removes a key', () => {
    const value = { a: [{ b: 1 }, { b: 2 }], c: { d: 'x' } }
    expect(getIn(setIn(value, ['a', 1, 'b'], 5), ['a', 1, 'b'])).toBe(5)
    expect(setIn(value, ['a', 2], { b: 3 }).a).toHaveLength(3)
    expect(setIn(value, ['c', 'd'], undefined)).toEqual({ a: value.a, c: {} })
    expect(setIn(value, ['a', 0, 'b'], 1)).toBe(value)
    expect(pathKey(['questions', 3, 'evidence', 'quote'])).toBe('questions[3].evidence.quote')
    expect(editKey({ kind: 'set', path: ['title', 'en'], value: '' })).toBe('title.en')
    expect(editKey({ kind: 'remove-question', index: 0 })).toBeNull()
  })

  it('duplicates a question under a new id, moves and deletes questions', () => {
    const seed = seedContent()
    const n = seed.quiz.questions.length
    const dup = applyEdit(seed, { kind: 'duplicate-question', index: 2 })
    expect(dup.quiz.questions).toHaveLength(n + 1)
    expect(q(dup, 3).id).toBe(`${q(seed, 2).id}-copy`)
    expect({ ...q(dup, 3), id: '' }).toEqual({ ...q(seed, 2), id: '' })
    expect(issuesOf(dup)).toEqual([])
    expect(q(applyEdit(dup, { kind: 'duplicate-question', index: 2 }), 3).id).toBe(`${q(seed, 2).id}-copy-2`)

    const moved = applyEdit(seed, { kind: 'move-question', index: 0, to: 2 })
    expect(moved.quiz.questions.map((x) => x.id)).toEqual([q(seed, 1).id, q(seed, 2).id, q(seed, 0).id, ...seed.quiz.questions.slice(3).map((x) => x.id)])
    expect(applyEdit(seed, { kind: 'move-question', index: 0, to: n })).toBe(seed)
    expect(applyEdit(seed, { kind: 'move-question', index: -1, to: 0 })).toBe(seed)

    const removed = applyEdit(seed, { kind: 'remove-question', index: 0 })
    expect(removed.quiz.questions.map((x) => x.id)).toEqual(seed.quiz.questions.slice(1).map((x) => x.id))
  })

  it('adds a question about a quote: numeric when it holds a number, text otherwise, with a free id', () => {
    const seed = seedContent()
    const numeric = questionAbout(seed.quiz, { paragraph: 2, quote: 'قُتل نحو 2000 جندي كوري شمالي' })
    expect(numeric.type).toBe('numeric')
    expect(numeric.type === 'numeric' && numeric.answer.value).toBe(2000)
    const text = questionAbout(seed.quiz, { paragraph: 0, quote: 'اجتمع الزعيم الكوري الشمالي' })
    expect(text.type).toBe('text')
    expect(Object.keys(text.prompt)).toEqual(['ar'])
    const added = applyEdit(seed, { kind: 'add-question', at: 1, question: { ...text, id: seed.quiz.questions[0]!.id } })
    expect(q(added, 1).id).toBe(`${q(seed, 0).id}-2`)
    expect(q(added, 1).evidence.quote).toBe('اجتمع الزعيم الكوري الشمالي')
  })

  it('edits choices: add, remove (the key follows), reorder, mark correct', () => {
    const seed = seedContent()
    const i = indexOfType(seed, 'single')
    const single = q(seed, i)
    if (single.type !== 'single') throw new Error('seed has a single-choice question')
    const key = single.choices.findIndex((c) => c.id === single.answer)

    const added = applyEdit(seed, { kind: 'add-choice', index: i })
    const withNew = q(added, i)
    expect(withNew.type === 'single' && withNew.choices.length).toBe(single.choices.length + 1)
    expect(withNew.type === 'single' && new Set(withNew.choices.map((c) => c.id)).size).toBe(single.choices.length + 1)

    const removed = q(applyEdit(seed, { kind: 'remove-choice', index: i, choice: key }), i)
    expect(removed.type === 'single' && removed.choices.some((c) => c.id === removed.answer)).toBe(true)

    const moved = q(applyEdit(seed, { kind: 'move-choice', index: i, choice: key, to: 0 }), i)
    expect(moved.type === 'single' && moved.choices[0]!.id).toBe(single.answer)

    const other = single.choices.find((c) => c.id !== single.answer)!.id
    const marked = q(applyEdit(seed, { kind: 'mark-correct', index: i, choiceId: other, correct: true }), i)
    expect(marked.type === 'single' && marked.answer).toBe(other)

    const asMultiple = applyEdit(seed, { kind: 'change-type', index: i, type: 'multiple' })
    const both = q(applyEdit(asMultiple, { kind: 'mark-correct', index: i, choiceId: single.choices[0]!.id, correct: true }), i)
    // Keys in choice order, whoever was ticked first.
    expect(both.type === 'multiple' && both.answer).toEqual(
      single.choices.map((c) => c.id).filter((id) => id === single.answer || id === single.choices[0]!.id),
    )
    const unmarked = q(applyEdit(asMultiple, { kind: 'mark-correct', index: i, choiceId: single.answer, correct: false }), i)
    expect(unmarked.type === 'multiple' && unmarked.answer).toEqual([])
  })

  it('changes a question type keeping what the types share', () => {
    const seed = seedContent()
    const numeric = q(seed, indexOfType(seed, 'numeric'))
    if (numeric.type !== 'numeric') throw new Error('seed has a numeric question')
    const asText = changeType(numeric, 'text', seed.quiz)
    expect(asText.type === 'text' && asText.answer.accepted).toEqual([String(numeric.answer.value)])
    expect(asText.prompt).toBe(numeric.prompt)
    expect(asText.evidence).toBe(numeric.evidence)
    const asSingle = changeType(numeric, 'single', seed.quiz)
    expect(asSingle.type === 'single' && asSingle.choices.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(asSingle.type === 'single' && asSingle.answer).toBe('c1')
    const back = changeType(asText, 'numeric', seed.quiz)
    // A numeric key starts from the first number of the evidence.
    expect(back.type === 'numeric' && back.answer.value).toBe(numeric.answer.value)
    expect(changeType(numeric, 'numeric', seed.quiz)).toBe(numeric)
    expect(changeType(numeric, 'boolean', seed.quiz)).toMatchObject({ type: 'boolean', answer: true })
  })

  it('edits accepted answers and evidence', () => {
    const seed = seedContent()
    const i = indexOfType(seed, 'text')
    const before = q(seed, i)
    const n = before.type === 'text' ? before.answer.accepted.length : 0
    const added = applyEdit(seed, { kind: 'add-accepted', index: i })
    expect(getIn(added.quiz, ['questions', i, 'answer', 'accepted', n])).toBe('')
    const removed = applyEdit(seed, { kind: 'remove-accepted', index: i, at: 0 })
    expect((getIn(removed.quiz, ['questions', i, 'answer', 'accepted']) as string[]).length).toBe(n - 1)
    const evidence = applyEdit(seed, { kind: 'set-evidence', index: i, evidence: { paragraph: 1, quote: 'أول اجتماع علني' } })
    expect(q(evidence, i).evidence).toEqual({ paragraph: 1, quote: 'أول اجتماع علني' })
  })

  it('removes a translation from every string; new strings are in the quiz language only', () => {
    const seed = seedContent()
    expect(textLangs(seed.quiz)).toEqual(['ar', 'en'])
    expect(missingTexts(seed.quiz, 'en')).toBe(0)
    const arOnly = applyEdit(seed, { kind: 'remove-translation', lang: 'en' })
    expect(textLangs(arOnly.quiz)).toEqual(['ar'])
    expect(JSON.stringify(arOnly.quiz)).not.toMatch(/"en":/)
    expect(missingTexts(arOnly.quiz, 'en')).toBeGreaterThan(seed.quiz.questions.length)
    expect(applyEdit(arOnly, { kind: 'remove-translation', lang: 'en' })).toBe(arOnly)
    expect(applyEdit(seed, { kind: 'remove-translation', lang: 'ar' })).toBe(seed)
    const added = applyEdit(seed, { kind: 'add-choice', index: 0 })
    expect(missingTexts(added.quiz, 'en')).toBe(1)
    // One English string brings the translation back as a language of the quiz.
    expect(textLangs(applyEdit(arOnly, { kind: 'set', path: ['title', 'en'], value: 'Kim' }).quiz)).toEqual(['ar', 'en'])
  })

  it('uniqueId appends the first free number', () => {
    expect(uniqueId('a', new Set())).toBe('a')
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3')
  })
})

describe('edits under undo', () => {
  const seed = seedContent()
  const n = seed.quiz.questions.length
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('set' as const),
      path: fc.constantFrom(['title', 'ar'], ['questions', 0, 'prompt', 'en'], ['questions', 2, 'points']),
      value: fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: 1, max: 5 })),
    }),
    fc.record({ kind: fc.constant('remove-question' as const), index: fc.nat(n) }),
    fc.record({ kind: fc.constant('move-question' as const), index: fc.nat(n), to: fc.nat(n) }),
    fc.record({ kind: fc.constant('duplicate-question' as const), index: fc.nat(n) }),
    fc.record({ kind: fc.constant('change-type' as const), index: fc.nat(n), type: fc.constantFrom('single', 'multiple', 'boolean', 'numeric', 'text') }),
    fc.record({ kind: fc.constant('add-choice' as const), index: fc.nat(n) }),
    fc.record({ kind: fc.constant('remove-choice' as const), index: fc.nat(n), choice: fc.nat(4) }),
    fc.record({ kind: fc.constant('remove-translation' as const), lang: fc.constant('en' as const) }),
  ) as fc.Arbitrary<Edit>

  it('undoing every step of any sequence of edits gives back the original, untouched', () => {
    const frozen = JSON.stringify(seed)
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let h = createHistory(seed)
        for (const e of edits) h = record(h, applyEdit(h.present, e), editKey(e))
        while (h.past.length > 0) h = undo(h)
        expect(h.present).toBe(seed)
        expect(JSON.stringify(seed)).toBe(frozen)
      }),
      { numRuns: 60 },
    )
  })

  it('a question id stays unique whatever is added or duplicated', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let c = seed
        for (const e of edits) c = applyEdit(c, e)
        const ids = c.quiz.questions.map((x) => x.id)
        expect(new Set(ids).size).toBe(ids.length)
      }),
      { numRuns: 60 },
    )
  })
})
