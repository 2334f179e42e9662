import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { DraftError, draftQuiz, type Draft } from '../../src/core/draft/index.ts'
import { sentenceSpans } from '../../src/core/draft/sentences.ts'
import { answerKeys, showsKey } from '../../src/core/giveaways.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { convert } from '../../src/core/units.ts'
import seed from '../../questions/kim-putin-beijing/article.ar.txt'
import { ARTICLES } from './draft-articles.ts'

const text = (q: Question, lang: 'ar' | 'en', field: 'prompt' | 'explanation' = 'prompt') => (q[field] as Record<string, string>)[lang]!

/** The value a question's key stands for, when it is a number: numeric keys, and the chosen value of a numeric choice. */
function keyValue(q: Question): { value: number; unit: string } | null {
  if (q.type === 'numeric') return { value: q.answer.value, unit: q.answer.unit }
  return null
}

/**
 * Whether `value` stands in a sentence that two questions already ask about: a draft asks at most
 * two questions of a sentence (it keeps its best ones), so a third fact there goes unasked.
 */
function inFullSentence({ quiz }: Draft, value: number): boolean {
  const paragraphs = parseArticle(quiz.articleText).paragraphs
  const sentences = quiz.questions.map((q) => {
    const text = paragraphs[q.evidence.paragraph]!.text
    const at = text.indexOf(q.evidence.quote)
    const s = sentenceSpans(text).find((span) => span.start <= at && at < span.end)
    return s ? text.slice(s.start, s.end) : ''
  })
  return sentences.some((s) => s !== '' && findNumbers(s).includes(value) && sentences.filter((t) => t === s).length >= 2)
}

function draftOf(article: string): Draft {
  return draftQuiz(article)
}

/** Every check a draft must pass, whatever the article. */
function expectSoundDraft({ quiz, notes }: Draft): void {
  const { articleText, ...file } = quiz
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
  const paragraphs = parseArticle(articleText).paragraphs
  for (const q of quiz.questions) {
    expect(paragraphs[q.evidence.paragraph]!.text, q.id).toContain(q.evidence.quote)
    expect(text(q, quiz.lang).length).toBeGreaterThan(0)
    expect(text(q, quiz.lang, 'explanation').length).toBeGreaterThan(0)
  }
  if (quiz.questions.length < 10) expect(notes.map((n) => n.code)).toContain('few-facts')
}

/** No prompt shows another question's numeric answer, nor a text answer's name. */
function expectNoGiveaways({ quiz }: Draft): void {
  for (const q of quiz.questions) {
    for (const other of quiz.questions) {
      if (other === q) continue
      const prompt = text(other, quiz.lang)
      const key = keyValue(q)
      if (key) {
        const shown = findNumbers(prompt)
        expect(
          shown.some((n) => n === key.value),
          `${other.id} shows the answer of ${q.id} (${key.value})`,
        ).toBe(false)
      }
      if (q.type === 'text') {
        for (const name of q.answer.accepted) expect(namesIn(prompt, name), `${other.id} names the answer of ${q.id}`).toBe(false)
      }
    }
    if (q.type === 'text') for (const name of q.answer.accepted) expect(namesIn(text(q, quiz.lang), name), `${q.id} answers itself`).toBe(false)
  }
}

/** Whether `text` names `name` as words of its own (a clitic و ب ل allowed): «الصيني» does not name «الصين». */
function namesIn(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:[وبلف])?${escaped}(?![\\p{L}\\p{M}])`, 'u').test(text)
}

describe('the seed article', () => {
  const draft = draftOf(seed)

  it('is drafted into a sound quiz of at least ten questions', () => {
    expectSoundDraft(draft)
    expect(draft.quiz.lang).toBe('ar')
    expect(draft.quiz.questions.length).toBeGreaterThanOrEqual(10)
    expect(parseArticle(draft.quiz.articleText).paragraphs).toEqual(parseArticle(seed).paragraphs)
  })

  it('finds the seven numeric facts with their keys', () => {
    const keys = draft.quiz.questions.flatMap((q) => {
      // A total of several facts asks about every number of its quote.
      if (q.skill === 'inference') return [[q.type === 'numeric' ? q.answer.value : 0, 'total'], ...findNumbers(q.evidence.quote).map((v) => [v, 'number'])]
      if (q.type === 'numeric') return [[q.answer.value, q.answer.unit]]
      if (q.type === 'single' && /^v\d/u.test(q.answer)) return [[Number(q.answer.slice(1).replace('-', '.')), 'number']]
      if (q.type === 'boolean') {
        return findNumbers(q.evidence.quote).map((v) => [v, 'number'])
      }
      return []
    })
    const has = (value: number) => keys.some(([v]) => v === value)
    expect(keys).toContainEqual([2.5, 'hour'])
    for (const value of [1000, 5000, 6000, 2000, 9500]) expect(has(value), String(value)).toBe(true)
    // Two facts are 6000: the soldiers to be sent and the total of the workers (1000 + 5000).
    const sixThousands = draft.quiz.questions.filter((q) => q.evidence.quote.includes('6000') || (q.skill === 'inference' && q.evidence.quote.includes('5000')))
    expect(sixThousands.length).toBeGreaterThanOrEqual(2)
    expect(draft.quiz.questions.some((q) => q.skill === 'inference' && q.evidence.quote.includes('1000') && q.evidence.quote.includes('5000'))).toBe(true)
  })

  it('asks no question another gives away', () => expectNoGiveaways(draft))

  it('offers no number the article states as a wrong choice: each would answer another question', () => {
    const stated = new Set(findNumbers(seed))
    const numberChoices = draft.quiz.questions.filter((q) => q.type === 'single' && /^v\d/u.test(q.answer))
    expect(numberChoices.length).toBeGreaterThan(0)
    for (const q of numberChoices) {
      if (q.type !== 'single') continue
      for (const c of q.choices.filter((c) => c.id !== q.answer)) expect(stated.has(findNumbers(c.text.ar!)[0]!), `${q.id}: ${c.text.ar}`).toBe(false)
    }
  })

  it('quotes the article’s “ ” in Arabic with « »', () => {
    const texts = draft.quiz.questions.flatMap((q) => [
      q.prompt.ar!,
      q.explanation.ar!,
      ...(q.type === 'single' || q.type === 'multiple' ? q.choices.map((c) => c.text.ar!) : []),
    ])
    expect(texts.some((t) => t.includes('«بالموجات البشرية»'))).toBe(true)
    for (const t of texts) expect(t).not.toMatch(/[“”"]/u)
    // The evidence stays verbatim.
    expect(draft.quiz.questions.some((q) => q.evidence.quote.includes('“بالموجات البشرية”'))).toBe(true)
  })

  it('is the same draft, byte for byte, every time', () => {
    expect(JSON.stringify(draftOf(seed))).toBe(JSON.stringify(draft))
  })
})

describe.each(ARTICLES)('the $name article', (article) => {
  const draft = draftOf(article.text)

  it('is drafted into a sound quiz in its language', () => {
    expectSoundDraft(draft)
    expect(draft.quiz.lang).toBe(article.lang)
  })

  it('asks about every numeric fact it states, but those its title gives away', () => {
    const asked = draft.quiz.questions.flatMap((q) => [...findNumbers(q.evidence.quote), ...(keyValue(q) ? [keyValue(q)!.value] : [])])
    const title = draft.quiz.title[article.lang]!
    for (const fact of article.facts) {
      const key = fact.unit === 'date' ? ({ kind: 'date', value: fact.value, shown: '' } as const) : ({ kind: 'number', value: fact.value, shown: '' } as const)
      if (showsKey(title, key)) {
        expect(
          draft.notes.map((n) => n.code),
          `${fact.value} ${fact.unit} is in the title`,
        ).toContain('given-away')
        expect(
          draft.quiz.questions.filter((q) => answerKeys(q).some((k) => k.kind !== 'words' && k.value === fact.value)),
          `${fact.value} ${fact.unit}`,
        ).toEqual([])
      } else if (!inFullSentence(draft, fact.value)) expect(asked, `${fact.value} ${fact.unit}`).toContain(fact.value)
    }
  })

  it('grades every key right and the article’s other numbers wrong', () => {
    const values = article.facts.map((f) => f.value)
    for (const q of draft.quiz.questions) {
      const key = q.type === 'numeric' ? q.answer.value : q.type === 'text' ? q.answer.accepted[0] : q.answer
      expect(gradeQuestion(q, key).correct, q.id).toBe(true)
      if (q.type !== 'numeric') continue
      for (const other of values) {
        const same = convert(other, q.answer.unit, q.answer.unit) === q.answer.value
        if (!same && other !== q.answer.value) expect(gradeQuestion(q, String(other)).correct, `${q.id} ← ${other}`).toBe(false)
      }
    }
  })

  it('mixes question types', () => {
    const types = new Set(draft.quiz.questions.map((q) => q.type))
    expect(types.size).toBeGreaterThanOrEqual(3)
  })

  it('asks no question another gives away', () => expectNoGiveaways(draft))
})

describe('areas and volumes', () => {
  const water = draftOf(ARTICLES.find((a) => a.name === 'water-ar')!.text)
  const wildfire = draftOf(ARTICLES.find((a) => a.name === 'wildfire-en')!.text)

  it('keys a fact in its unit of two words (متر مكعب, cubic metres), never in metres', () => {
    const units = [...water.quiz.questions, ...wildfire.quiz.questions].flatMap((q) => (q.type === 'numeric' ? [q.answer.unit] : []))
    expect(units).not.toContain('metre')
    const numericUnits = (draft: Draft) => new Set(draft.quiz.questions.flatMap((q) => (q.type === 'numeric' ? [q.answer.unit] : [])))
    expect([...numericUnits(water), ...numericUnits(wildfire)].some((u) => ['cubic-metre', 'hectare', 'feddan'].includes(u))).toBe(true)
  })

  it('blanks the whole quantity: no «مكعب» or "cubic" is left beside a blank', () => {
    for (const q of [...water.quiz.questions, ...wildfire.quiz.questions]) {
      const prompt = text(q, q.prompt.ar ? 'ar' : 'en')
      expect(prompt, q.id).not.toMatch(/(?:____|…) (?:مكعب|مربع|cubic|square)/u)
    }
  })
})

describe('digits as the article writes them', () => {
  it('shows the choices of an article in Eastern Arabic digits in the same digits, percentages included', () => {
    const census = draftOf(
      'أعلنت هيئة الإحصاء أن عدد السكان بلغ ٣٥٫٣ مليون نسمة.\n\nوبلغت نسبة المواطنين من إجمالي السكان ٥٨٫٤٪، وبلغ عدد الأسر ٤٫٢ مليون أسرة.',
    )
    const shown = census.quiz.questions.flatMap((q) => (q.type === 'single' ? q.choices.map((c) => c.text.ar!) : []))
    expect(shown.length).toBeGreaterThan(0)
    for (const text of shown) expect(text, text).not.toMatch(/[0-9]/u)
    expect(shown.some((text) => text.includes('٪'))).toBe(true)
  })
})

describe('wrong values as choices', () => {
  it('keep the answer’s decimals where millions and billions are shown (22.7 billion beside 30.3 billion, never 22.725)', () => {
    const bank = draftOf(
      'The bank said its annual profit rose to $30.3bn, beating forecasts.\n\nIt will buy back up to $3bn of its own shares and employs about 214,000 people in 62 countries.\n\nCosts will fall by £1.5bn over two years.',
    )
    const choices = bank.quiz.questions.flatMap((q) => (q.type === 'single' ? [q.choices.map((c) => c.text.en!)] : []))
    const scaled = choices.filter((texts) => texts.every((t) => /billion|million|\dbn\b/u.test(t)))
    expect(scaled.length).toBeGreaterThan(0)
    for (const texts of scaled) {
      // Within one scale word (a wrong value may fall to the next one down: 800 million beside 1.5 billion).
      for (const scale of ['billion', 'million', 'bn']) {
        const places = texts.filter((t) => t.includes(scale)).map((t) => (/\d+(?:\.(\d+))?/u.exec(t)![1] ?? '').length)
        expect(new Set(places).size, texts.join(' | ')).toBeLessThanOrEqual(1)
      }
      expect(new Set(texts).size, texts.join(' | ')).toBe(texts.length)
    }
  })
})

describe('a title made of the first words', () => {
  it('stops before the lead’s first number, which the draft then asks about', () => {
    const heat = draftOf(ARTICLES.find((a) => a.name === 'heat-ar')!.text)
    expect(heat.quiz.title.ar).toBe('سجّلت مدينة الكويت، الأربعاء، درجة حرارة بلغت…')
    expect(heat.quiz.questions.some((q) => q.type === 'numeric' && q.answer.value === 51 && q.answer.unit === 'celsius')).toBe(true)
  })
})

describe('pasted text', () => {
  const lines = seed.split('\n')

  it('reads the same article from a web page: blank lines, CRLF, spaces, a BOM', () => {
    const pasted = '\uFEFF' + lines.map((l) => `  ${l.replace(/ /gu, '  ')}\t`).join('\r\n\r\n')
    const draft = draftOf(pasted)
    expectSoundDraft(draft)
    expect(draft.quiz.questions.map((q) => q.answer)).toEqual(draftOf(seed).quiz.questions.map((q) => q.answer))
  })

  it('strips HTML to its text, headings kept as headings', () => {
    const html = `<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>${lines[0]!.slice(0, 30)}</h1>${lines
      .map((l, i) => (i % 2 === 1 ? `<h2>${l}</h2>` : `<p>${l.replace('بكين', '<b>بكين</b>')}</p>`))
      .join('\n')}</body></html>`
    const draft = draftOf(html)
    expectSoundDraft(draft)
    expect(draft.quiz.articleText).not.toMatch(/<|alert/u)
    expect(parseArticle(draft.quiz.articleText).paragraphs.some((p) => p.heading === lines[1])).toBe(true)
  })

  it('drops list bullets and keeps tashkeel verbatim in quotes', () => {
    const article = `قَرَّرَ المَجْلِسُ البَلَدِيُّ إِنْشَاءَ حَدِيقَةٍ جَدِيدَةٍ فِي وَسَطِ المَدِينَةِ.\n\n• تَبْلُغُ مِسَاحَةُ الحَدِيقَةِ 12 هكتارًا وتضم 3500 شجرة.\n• يَعْمَلُ فِي المَشْرُوعِ 250 عَامِلًا لِمُدَّةِ 18 شَهْرًا.\n- تبلغ تكلفة المشروع 40 مليون درهم.`
    const draft = draftOf(article)
    expectSoundDraft(draft)
    expect(draft.quiz.articleText).not.toMatch(/[•]/u)
    expect(draft.quiz.articleText).toContain('يَعْمَلُ فِي المَشْرُوعِ')
    const asked = draft.quiz.questions.flatMap((q) => findNumbers(q.evidence.quote))
    for (const v of [3500, 250, 18]) expect(asked).toContain(v)
  })

  it('notes numbers that are not facts: labels, a year in a name, a repeat', () => {
    const article = `Under Article 51 of the charter, the council met for 3 hours on Friday.\n\nThe Vision 2030 plan aims to create 450,000 jobs by the end of the decade.\n\nMinisters said the plan would create 450,000 jobs, and that 12 new cities would be built.`
    const { notes, quiz } = draftOf(article)
    const codes = notes.map((n) => `${n.code}:${n.quote}`)
    expect(codes).toContain('label:51')
    expect(codes.some((c) => c.startsWith('year-in-name:2030'))).toBe(true)
    expect(codes.some((c) => c.startsWith('repeated-fact:450,000'))).toBe(true)
    expect(quiz.questions.filter((q) => q.evidence.quote.includes('450,000'))).toHaveLength(1)
  })
})

describe('refusals', () => {
  const refused = (input: string, options = {}) => {
    try {
      draftQuiz(input, options)
    } catch (err) {
      expect(err).toBeInstanceOf(DraftError)
      return (err as DraftError).code
    }
    return null
  }

  it.each([
    ['', 'article-empty'],
    ['   \n\t\n ', 'article-empty'],
    ['\u0000\u0001binary\u0000data', 'article-binary'],
    ['123 456 789\n2024', 'article-no-sentences'],
    ['Le conseil municipal a approuvé mardi un budget de 4,2 milliards de dollars pour la nouvelle année, en hausse de 6 %.', 'language-unsupported'],
    ['Совет утвердил бюджет в размере 4,2 миллиарда долларов на новый год.', 'language-unsupported'],
    ['شورای شهر روز سه‌شنبه بودجه‌ای به مبلغ چهار میلیارد دلار را تصویب کرد که برای پروژه‌های گوناگون است.', 'language-unsupported'],
  ])('%j → %s', (input, code) => {
    expect(refused(input)).toBe(code)
  })

  it('refuses an article in another language than the one given', () => {
    expect(refused(seed, { lang: 'en' })).toBe('language-mismatch')
    expect(refused(ARTICLES.find((a) => a.lang === 'en')!.text, { lang: 'ar' })).toBe('language-mismatch')
  })

  it('refuses more than 20,000 words', () => {
    expect(refused('The council met for three hours. '.repeat(3400))).toBe('article-too-long')
  })
})

describe('any text', () => {
  const pieces = fc.constantFrom(
    'اجتمع',
    'الرئيس',
    'فلاديمير بوتين',
    'في',
    'بكين',
    '2000',
    'جندي',
    'ساعتين ونصف',
    'نحو',
    '،',
    '.',
    '\n',
    '\n\n',
    ' ',
    'The',
    'council',
    'met',
    'for',
    '3 hours',
    'in',
    'Paris',
    'said',
    '$4.2 billion',
    '12%',
    'و5000',
    'عامل',
    '(',
    ')',
    '«',
    '»',
    'كيم جونغ أون',
    'President',
    'Joe Biden',
    '1,200',
    'ثلاثة آلاف',
    'of',
    'and',
    'Article 5',
    '<p>',
    '</p>',
    'ً',
    'ّ',
  )
  it('never throws but a DraftError, and never quotes what the article does not say', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        let draft: Draft
        try {
          draft = draftQuiz(parts.join(' '))
        } catch (err) {
          expect(err).toBeInstanceOf(DraftError)
          return
        }
        const paragraphs = parseArticle(draft.quiz.articleText).paragraphs
        for (const q of draft.quiz.questions) expect(paragraphs[q.evidence.paragraph]?.text).toContain(q.evidence.quote)
      }),
      { numRuns: 300 },
    )
  })
})

describe('a page pasted whole', () => {
  it('leaves out a dateline, on a line of its own or before the first sentence', () => {
    const arabic = draftOf(
      'المركزي يثبّت أسعار الفائدة\n\nالقاهرة - (رويترز)\n\nقرر البنك المركزي الإبقاء على سعر الفائدة عند 27.25 في المئة للمرة الرابعة على التوالي.',
    )
    expect(arabic.quiz.articleText).not.toMatch(/رويترز|القاهرة/u)
    expect(arabic.quiz.title).toEqual({ ar: 'المركزي يثبّت أسعار الفائدة' })
    const english = draftOf('LONDON (Reuters) - The Bank of England kept interest rates at 5.25% on Thursday, its seventh hold in a row.')
    expect(english.quiz.articleText).toMatch(/^The Bank of England kept/u)
  })

  it('leaves out the lines around the article: read-also links, bylines, datelines, credits', () => {
    const page = [
      'Floods kill at least 210 in southern province',
      'By Jane Doe, Reuters',
      'Published 12 March 2026, 10:30',
      'Heavy rain that began on Friday has killed at least 210 people and forced 85,000 from their homes, officials said.',
      'Read more: 5 things to know about the monsoon',
      'Photo: Getty Images',
      'By 2030 the government plans to build 40 new dams along the river.',
      '© 2026 Example News. All rights reserved.',
    ].join('\n')
    const { quiz } = draftOf(page)
    expect(quiz.articleText).not.toMatch(/Jane Doe|Published|Read more|Getty|©/u)
    expect(quiz.articleText).toContain('By 2030 the government plans to build 40 new dams')
    const asked = quiz.questions.flatMap((q) => findNumbers(q.evidence.quote))
    expect(asked).toContain(85000)
    expect(asked).not.toContain(5)
  })
})

describe('headings', () => {
  it('notes a number only a heading gives, and nothing for one its paragraph repeats', () => {
    const article = `Council meets for 3 hours\nThe council met for three hours on Friday and approved the plan.\nA budget of 40 schools\nThe plan covers new schools across the city.\nIt was approved by a large majority.`
    const { notes, quiz } = draftQuiz(article, { title: 'The council' })
    const headingNotes = notes.filter((n) => n.code === 'number-in-heading').map((n) => n.quote)
    expect(headingNotes).toEqual(['40'])
    expect(quiz.questions.some((q) => q.type === 'numeric' && q.answer.value === 3)).toBe(true)
    // Titled by its headline, the quiz shows the 3 hours before any question: they are not asked.
    const headlined = draftOf(article)
    expect(headlined.quiz.title).toEqual({ en: 'Council meets for 3 hours' })
    expect(headlined.quiz.questions.some((q) => q.type === 'numeric' && q.answer.value === 3)).toBe(false)
    expect(headlined.notes.map((n) => n.code)).toContain('given-away')
  })
})
