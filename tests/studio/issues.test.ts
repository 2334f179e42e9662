import { describe, expect, it } from 'vitest'
import { applyEdit } from '../../src/studio/draft.ts'
import { byField, fieldId, fieldKeys, liveIssues, ownerField, questionOf } from '../../src/studio/issues.ts'
import { seedContent } from './fixtures.ts'

describe('live content checks', () => {
  it('finds nothing in the seed quiz', () => {
    expect(liveIssues(seedContent())).toEqual([])
  })

  it('places each problem on the field it names, with zod’s detail for schema problems', () => {
    let c = seedContent()
    c = applyEdit(c, { kind: 'set', path: ['questions', 1, 'prompt', 'ar'], value: '' })
    c = applyEdit(c, { kind: 'set', path: ['questions', 2, 'evidence', 'quote'], value: 'ليس في المقال' })
    c = applyEdit(c, { kind: 'set', path: ['questions', 3, 'points'], value: 500 })
    const issues = liveIssues(c)
    // Schema problems hide the content checks (they need a well-formed quiz).
    expect(issues.map((i) => [i.field, i.check, i.schema?.code])).toEqual([
      ['questions[1].prompt.ar', 'schema', 'too_small'],
      ['questions[3].points', 'schema', 'too_big'],
    ])
    expect(issues[1]!.schema?.maximum).toBe(100)
    c = applyEdit(c, { kind: 'set', path: ['questions', 1, 'prompt', 'ar'], value: 'سؤال؟' })
    c = applyEdit(c, { kind: 'set', path: ['questions', 3, 'points'], value: 2 })
    const content = liveIssues(c)
    expect(content.map((i) => [i.field, i.check, i.path])).toEqual([['questions[2].evidence', 'evidence-quote-verbatim', 'questions[2].evidence.quote']])
  })

  it('puts problems of the whole quiz and of the article on their own fields', () => {
    const c = seedContent()
    const empty = liveIssues({ ...c, articleText: '  ' })
    expect(empty[0]).toMatchObject({ field: 'articleText' })
    const none = liveIssues(applyEdit(c, { kind: 'set', path: ['questions'], value: [] }))
    expect(none.map((i) => i.field)).toEqual(['questions'])
  })

  it('maps a path to the nearest field, and field keys to ids and questions', () => {
    const keys = new Set(fieldKeys(seedContent().quiz))
    expect(ownerField('questions[2].evidence.quote', keys)).toBe('questions[2].evidence')
    expect(ownerField('questions[0].choices[1].id', keys)).toBe('questions[0].choices')
    expect(ownerField('questions[0].answer[1]', keys)).toBe('questions[0].answer')
    expect(ownerField('nonsense.deep', keys)).toBe('')
    expect(ownerField('title.en', keys)).toBe('title.en')
    expect(fieldId('questions[3].prompt.ar')).toBe('f-questions-3-prompt-ar')
    expect(fieldId('')).toBe('f-quiz')
    expect(questionOf('questions[12].answer.value')).toBe(12)
    expect(questionOf('title.ar')).toBeNull()
    expect(new Set([...keys].map(fieldId)).size).toBe(keys.size)
    expect(byField(liveIssues({ ...seedContent(), articleText: '' })).get('articleText')).toHaveLength(1)
  })
})
