import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { normalizeText } from '../../src/core/normalize.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { ARTICLES } from './draft-articles.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'
import { NAME_ARTICLES } from './draft-names-articles.ts'
import { NAMES_ORGS_TIMES_ARTICLES } from './draft-names-orgs-times-articles.ts'
import { GRADING_ARTICLES } from './grade-drafted-articles.ts'

/**
 * A question the length cap leaves out leaves its fact readable: a kept prompt hides (… in its quote)
 * only what a kept question asks — its own answer, a part of its total, another kept question's answer —
 * never the fact of a question that is not asked («council leader … said» asking nothing of that name).
 */

// An article of four short paragraphs whose candidate questions outnumber the cap (one per 25 words).
const COUNCIL = `County council votes to restore rural bus routes

Councillors in Westbridge voted 41 to 17 on Tuesday to restore 14 rural bus routes that were cut in 2023, after a campaign by villagers who said they had been left without a way to reach hospitals and schools.

The plan, which will cost 2.8 million pounds a year, will be paid for by raising council tax by 1.9 percent from April, council leader Tom Ashby said. Buses will run every 90 minutes on weekdays and every three hours on Sundays.

Opposition leader Priya Nair said the council should have acted sooner. "People have waited two years for this," she said.

About 6,500 people live in the villages served by the routes, according to the council.`

const TABLE: [string, string][] = [
  ['council-en', COUNCIL],
  ...ARTICLES.map((a): [string, string] => [a.name, a.text]),
  ...UNSEEN_ARTICLES.map((a): [string, string] => [`unseen ${a.name}`, a.text]),
  ...GENRE_ARTICLES.map((a): [string, string] => [`genre ${a.name}`, a.text]),
  ...GRADING_ARTICLES.map((a): [string, string] => [`grading ${a.name}`, a.text]),
  ...Object.entries(NAME_ARTICLES).map(([name, text]): [string, string] => [`names ${name}`, text]),
  ...Object.entries(NAMES_ORGS_TIMES_ARTICLES).map(([name, text]): [string, string] => [`orgs ${name}`, text]),
]

const MASK = '…'
const QUOTES = /[“”„‟"«»‘’']/gu
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
const plain = (s: string) => s.replace(QUOTES, '"')

/**
 * The article's words each inner ellipsis of a prompt's quote stands for: the quote's other words found
 * in its paragraph, an ellipsis at either end of the quote (where the sentence goes on) left aside.
 */
function maskedIn(q: Question, paragraphs: string[]): string[] {
  const prompt = plain(Object.values(q.prompt).join(' '))
  const quote = /"(.*)"/su.exec(prompt)?.[1] ?? prompt
  const body = quote.replace(/^… /u, '').replace(/ …$/u, '').replace(/[.]$/u, '')
  const pieces = body.split(/…|____/u)
  if (pieces.length === 1) return []
  // Only the ellipses between two pieces of text can be read off the paragraph.
  const kinds = [...body.matchAll(/…|____/gu)].map((m) => m[0])
  const pattern = new RegExp(pieces.map((p) => escape(p)).join('(.+?)'), 'su')
  const text = plain(paragraphs[q.evidence.paragraph] ?? '')
  const found = pattern.exec(text)
  if (!found) return []
  return kinds.flatMap((kind, k) => (kind === MASK && pieces[k]!.trim() !== '' && pieces[k + 1]!.trim() !== '' ? [found[k + 1]!.trim()] : []))
}

/** Whether `hidden` stands for the answer of `q`: the grader takes it, or it is the right choice, a statement's fact or a part of a total. */
function answers(q: Question, hidden: string): boolean {
  const h = normalizeText(hidden)
  // A number is the same number however it is written (ثلاثة مليارات دولار, ٣ مليارات دولار أمريكي).
  const values = findNumbers(hidden)
  const holds = (text: string) => normalizeText(text).includes(h) || (values.length === 1 && findNumbers(text).includes(values[0]!))
  if (q.type === 'text' || q.type === 'numeric') {
    if (gradeQuestion(q, hidden).correct) return true
    // A total's parts stand in its explanation's sum.
    return q.type === 'numeric' && /=/u.test(Object.values(q.explanation).join(' ')) && normalizeText(Object.values(q.explanation).join(' ')).includes(h)
  }
  // (A total asked as a choice, when its parts are money as written, has them in its explanation's sum too.)
  const sum = Object.values(q.explanation).join(' ')
  if (q.type === 'single')
    return q.choices.some((c) => c.id === q.answer && holds(Object.values(c.text).join(' '))) || (/=/u.test(sum) && normalizeText(sum).includes(h))
  if (q.type === 'multiple') return q.choices.some((c) => holds(Object.values(c.text).join(' ')))
  // A statement's fact: what a true one asserts, what a false one's explanation says the article has.
  return holds(`${Object.values(q.prompt).join(' ')} ${Object.values(q.explanation).join(' ')}`)
}

const drafts = new Map(TABLE.map(([name, text]) => [name, draftQuiz(text).quiz]))

describe('a kept prompt hides only what a kept question asks', () => {
  it.each(TABLE.map(([name]) => name))('%s', (name) => {
    const quiz = drafts.get(name)!
    const paragraphs = parseArticle(quiz.articleText).paragraphs.map((p) => p.text)
    const stray = quiz.questions.flatMap((q) =>
      maskedIn(q, paragraphs).flatMap((hidden) => (quiz.questions.some((k) => answers(k, hidden)) ? [] : [`${q.id}: ${hidden}`])),
    )
    expect(stray).toEqual([])
  })
})

describe('the drafts pass the content checks, with no choice twice', () => {
  it.each(TABLE.map(([name]) => name))('%s', (name) => {
    const { articleText, ...file } = drafts.get(name)!
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    for (const q of file.questions)
      if (q.type === 'single' || q.type === 'multiple') {
        const texts = q.choices.map((c) => normalizeText(Object.values(c.text).join(' ')))
        expect(new Set(texts).size).toBe(texts.length)
      }
  })
})
