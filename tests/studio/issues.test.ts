import { describe, expect, it } from 'vitest'
import { CONTENT_CHECKS } from '../../src/core/content-checks.ts'
import { numericAnswerInEvidence } from '../../src/core/numeric-evidence.ts'
import { NOTE_MESSAGES } from '../../src/core/draft/notes.ts'
import { issueText, noteText, STRINGS } from '../../src/studio/i18n.ts'
import { applyEdit } from '../../src/studio/draft.ts'
import { byField, detailsNeedWork, fieldId, fieldKeys, liveIssues, ownerField, questionOf } from '../../src/studio/issues.ts'
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

describe('the quiz details panel', () => {
  const seed = seedContent()
  const needsWork = (content: typeof seed) => detailsNeedWork(content.quiz, byField(liveIssues(content)))
  it.each([
    ['complete (a title and a named source)', seed, false],
    ['an empty title', applyEdit(seed, { kind: 'set', path: ['title', 'ar'], value: '' }), true],
    ['an empty source name', applyEdit(seed, { kind: 'set', path: ['source', 'name'], value: '' }), true],
    ['a source URL that is no URL', applyEdit(seed, { kind: 'set', path: ['source', 'url'], value: 'not a url' }), true],
    ['the Arabic stand-in for a pasted article', applyEdit(seed, { kind: 'set', path: ['source', 'name'], value: 'نص مُلصق' }), true],
    ['the English stand-in, with spaces', applyEdit(seed, { kind: 'set', path: ['source', 'name'], value: ' Pasted text ' }), true],
    ['a problem in a question only', applyEdit(seed, { kind: 'set', path: ['questions', 0, 'prompt', 'ar'], value: '' }), false],
  ])('%s: needs work %s', (_, content, expected) => {
    expect(needsWork(content)).toBe(expected)
  })
})

describe('problem messages', () => {
  it('says every check’s problem in Arabic and English, not in the check’s developer English', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const check of CONTENT_CHECKS) {
        const issue = { check, path: 'questions[0].prompt.ar', message: `developer message of ${check}` }
        expect(issueText(issue, STRINGS[lang]), `${lang} ${check}`).not.toBe(issue.message)
      }
    }
  })

  it('names the question whose answer a text gives away, and what it shows', () => {
    const issue = {
      check: 'answer-not-given-away',
      path: 'title.ar',
      message: 'gives away the answer of questions[6] ("additional-soldiers"): "6000"; reword it, or choose other choices',
    }
    expect(issueText(issue, STRINGS.en)).toBe('This text gives away the answer of question 7 (“6000”): reword it or choose other choices.')
    expect(issueText(issue, STRINGS.ar)).toBe('هذا النص يكشف إجابة السؤال ٧ («6000»): أعد صياغته أو اختر خيارات أخرى.')
    const own = { ...issue, path: 'questions[2].prompt.ar', message: 'gives away its own answer: "بكين"; reword it, or choose other choices' }
    expect(issueText(own, STRINGS.ar)).toBe('هذا النص يكشف إجابة السؤال نفسه («بكين»): أعد صياغته.')
  })

  it('lists the numbers a quote holds when a numeric key is not one of them (the check’s own message)', () => {
    const rows = [
      {
        quote: 'موّل الاتحاد الأوروبي معظمها عبر منحة قدرها 45 مليون دولار',
        skill: 'recall',
        ar: 'القيمة ليست من أعداد الاقتباس (أعداده: ٤٥٬٠٠٠٬٠٠٠). إن كانت مستنتجة منها فاجعل المهارة «استنتاج».',
        en: 'The value is not one of the quote’s numbers (its numbers: 45,000,000). If it is derived from them, make the skill “Inference”.',
      },
      {
        quote: 'a water taxi that could carry 12 passengers and 3 bikes',
        skill: 'inference',
        ar: 'القيمة ليست من أعداد الاقتباس ولا مجموعًا لها (أعداده: ١٢، ٣).',
        en: 'The value is not one of the quote’s numbers, nor a sum of them (its numbers: 12, 3).',
      },
      {
        quote: 'the pier was rebuilt',
        skill: 'recall',
        ar: 'القيمة ليست من أعداد الاقتباس (لا عدد في الاقتباس). إن كانت مستنتجة منها فاجعل المهارة «استنتاج».',
        en: 'The value is not one of the quote’s numbers (the quote has no number). If it is derived from them, make the skill “Inference”.',
      },
    ]
    for (const row of rows) {
      const question = {
        id: 'q',
        type: 'numeric',
        skill: row.skill,
        answer: { value: 2, unit: 'year', tolerance: 0 },
        evidence: { paragraph: 0, quote: row.quote },
      }
      const [finding] = numericAnswerInEvidence(question as never, 0)
      const issue = { check: 'numeric-answer-in-evidence', path: finding!.path, message: finding!.message }
      expect(issueText(issue, STRINGS.ar), row.quote).toBe(row.ar)
      expect(issueText(issue, STRINGS.en), row.quote).toBe(row.en)
    }
  })

  it('reads zod’s detail for schema problems', () => {
    const t = STRINGS.en
    const schema = (path: string, detail: Record<string, unknown>) => issueText({ check: 'schema', path, message: 'x', schema: detail as never }, t)
    expect(schema('questions[0].prompt.ar', { code: 'too_small', origin: 'string', minimum: 1 })).toBe('This field is required.')
    expect(schema('questions[0].points', { code: 'too_big', origin: 'number', maximum: 100 })).toBe('At most 100.')
    expect(schema('questions[0].choices', { code: 'too_small', origin: 'array', minimum: 2 })).toBe('At least 2 choices.')
    expect(schema('id', { code: 'invalid_format', format: 'regex' })).toMatch(/kebab-case/)
    expect(
      issueText({ check: 'schema', path: 'questions[0].points', message: 'x', schema: { code: 'too_big', origin: 'number', maximum: 100 } }, STRINGS.ar),
    ).toBe('لا تزيد القيمة على ١٠٠.')
  })
})

describe('drafter notes', () => {
  it('says every note code in Arabic and English, and an unknown one in its English message', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const code of Object.keys(NOTE_MESSAGES) as (keyof typeof NOTE_MESSAGES)[]) {
        const text = noteText({ code, message: NOTE_MESSAGES[code] }, STRINGS[lang])
        expect(text, `${lang} ${code}`).toBeTruthy()
        if (lang === 'ar') expect(text).not.toBe(NOTE_MESSAGES[code])
      }
    }
    expect(noteText({ code: 'from-the-future' as never, message: 'A newer drafter note.' }, STRINGS.ar)).toBe('A newer drafter note.')
  })
})
