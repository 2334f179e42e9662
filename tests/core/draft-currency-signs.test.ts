import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { parseQuantity } from '../../src/core/units.ts'

/**
 * A currency's sign written in letters before its digits (found by engineers drafting unseen Indian articles). The
 * grader reads `Rs 20`, `Rs 1,136 crore`, `Rs 9 lakh` as rupees (the lexicon's sign `rs`, India's first), but the
 * drafter started a quantity at its digits only, so the sign was a capitalised word before a number: before, `Rs 20`,
 * `Rs 1,136 crore` and `Rs 9 lakh` were labels (note `label`, never asked), `Rs. 20` a count of 20 (its period ended the
 * sentence). Now a sign in Latin letters the lexicon lists (`Rs`, `Rs.`, `NIS`, `US$`) is the quantity's first word, as `$`
 * is, and a sign, not a currency word: INR unless the article names Pakistan (or another rupee's country) more. After a
 * number in words it is no currency (`the three Rs` was 3 rupees), nor after a capitalised name (`Audi RS 6`).
 */

/** The facts read in a text, as `value unit`, and the notes, as `code:quote`. */
function read(text: string): { facts: string[]; notes: string[] } {
  const found = collectFacts(parseArticle(text).paragraphs)
  return { facts: found.facts.map((f) => `${f.value} ${f.unit}${f.asWritten ? ' as written' : ''}`), notes: found.notes.map((n) => `${n.code}:${n.quote}`) }
}

describe('a currency sign in letters before the digits is money', () => {
  const rows: { text: string; facts: string[]; notes?: string[] }[] = [
    { text: 'The state government in Mumbai approved Rs 1,136 crore for the new metro line, officials said.', facts: ['11360000000 INR'] },
    { text: 'The state government approved ₹1,136 crore for the new metro line, officials said.', facts: ['11360000000 INR'] },
    { text: 'Tickets cost Rs 20 each, the railway said on Monday.', facts: ['20 INR'] },
    { text: 'Tickets cost Rs. 20 each, the railway said on Monday.', facts: ['20 INR'] },
    { text: 'Tickets cost Rs20 each, the railway said on Monday.', facts: ['20 INR'] },
    { text: 'Each family will get Rs 9 lakh under the scheme, the minister said.', facts: ['900000 INR'] },
    { text: 'Each family will get Rs. 7.6 crores under the scheme, the minister said.', facts: ['76000000 INR'] },
    { text: 'Each family will get more than Rs 9 lakh under the scheme, the minister said.', facts: ['900000 INR'] },
    // A sign: the country the article names settles whose rupee (Pakistan's here), as for $.
    { text: 'Each family in Lahore will get Rs 9 lakh under the scheme, the minister said.', facts: ['900000 PKR'] },
    { text: 'Tickets cost NIS 20 each in Tel Aviv, the company said on Monday.', facts: ['20 ILS'] },
    // Wrong neighbours: the word rupees several countries use, with no country, is still money as written.
    {
      text: 'Each family will get 9 lakh rupees under the scheme, the minister said.',
      facts: ['900000 count as written'],
      notes: ['currency-unknown:9 lakh rupees'],
    },
    // "Rs" in another sense: after a number in words, after a name's capitalised word, no number after it.
    { text: 'Schools in Mumbai teach the three Rs to 400 pupils, the council said.', facts: ['3 count', '400 count'] },
    { text: 'He drove an Audi RS 6 through Mumbai, police said on Monday.', facts: [], notes: ['label:6'] },
    { text: 'The Rs were printed on 400 new coins, the bank said on Monday.', facts: ['400 count'] },
  ]
  it.each(rows)('$text', ({ text, facts, notes }) => {
    const found = read(text)
    expect(found.facts).toEqual(facts)
    if (notes) expect(found.notes).toEqual(notes)
  })
})

describe('a draft asks rupees written with a sign as the grader reads them', () => {
  const article = [
    'Metro line gets new funds',
    'The state government in Mumbai approved Rs 1,136 crore for the new metro line on Monday, officials said.',
    'Tickets will cost Rs. 20 each when the line opens next year, the railway said.',
    'Each family moved for the line will get Rs 9 lakh under the scheme, the minister said.',
  ].join('\n\n')
  it('keys every amount in INR, and each key reads back from its quote', () => {
    const { quiz } = draftQuiz(article)
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    const money = quiz.questions.filter((q) => /money/u.test(q.id))
    expect(money.length).toBeGreaterThanOrEqual(2)
    for (const q of money) {
      if (q.type === 'numeric') expect(q.answer.unit).toBe('INR')
      // The quote states the amount as the grader reads it.
      expect(/Rs\.? [\d,.]+(?: crore| lakh)?/u.exec(q.evidence.quote)?.[0]).toBeDefined()
    }
    for (const written of ['Rs 1,136 crore', 'Rs. 20', 'Rs 9 lakh']) expect(parseQuantity(written)?.unit).toBe('INR')
  })
})
