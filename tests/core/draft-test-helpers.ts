import { expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { type Entity, findEntities } from '../../src/core/draft/entities.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import type { Draft } from '../../src/core/draft/index.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'

/** What the drafter tests read of a text and of a drafted question. */

/** The entities the drafter finds in a text of one paragraph per line. */
export function entitiesOf(text: string, lang: Lang): Entity[] {
  const { paragraphs } = parseArticle(text.split('\n').join('\n\n'))
  return findEntities(paragraphs, collectFacts(paragraphs).words, lang)
}

/** The names the drafter finds in a text of one paragraph per line, as `kind:name`. */
export const namesIn = (text: string, lang: Lang): string[] => entitiesOf(text, lang).map((e) => `${e.kind}:${e.name}`)

/** A drafted question's prompt (a draft is in one language). */
export const promptOf = (q: Question) => Object.values(q.prompt)[0] as string

/** A drafted question's keys: a text question's accepted answers, a single choice's text, a numeric key's value. */
export const keysOf = (q: Question): (string | number)[] =>
  q.type === 'text'
    ? q.answer.accepted
    : q.type === 'single'
      ? q.choices.filter((c) => c.id === q.answer).map((c) => Object.values(c.text)[0] as string)
      : q.type === 'numeric'
        ? [q.answer.value]
        : []

/**
 * What an editor expects of any draft (the reviews' common checks): it passes the content checks,
 * asks at least `minQuestions`, never the same key from the same quote twice, asks about every
 * paragraph but at most one and none more than three times, shows no two ellipses in a row, and
 * quotes with « » only in Arabic prompts.
 */
export function expectEditorsDraft(draft: Draft['quiz'], minQuestions: number): void {
  const { articleText, ...file } = draft
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
  const questions = draft.questions
  expect(questions.length).toBeGreaterThanOrEqual(minQuestions)
  const asked = questions.map((q) => `${keysOf(q).join('|')} ${q.evidence.quote}`)
  expect(new Set(asked).size).toBe(asked.length)
  const paragraphs = articleText.split(/\n\s*\n/u).length - 1
  const perParagraph = new Map<number, number>()
  for (const q of questions) perParagraph.set(q.evidence.paragraph, (perParagraph.get(q.evidence.paragraph) ?? 0) + 1)
  expect(perParagraph.size).toBeGreaterThanOrEqual(paragraphs - 1)
  expect(Math.max(...perParagraph.values())).toBeLessThanOrEqual(3)
  for (const q of questions) expect(promptOf(q)).not.toMatch(/…\s*…/u)
  if (draft.lang === 'ar') for (const q of questions) expect(promptOf(q)).not.toMatch(/["“”]/u)
}

/**
 * Every amount of money the drafter finds in the draft's article is in `currency`, and so is every
 * money question's key: the currency the article implies (its country, a town of the table).
 */
export function expectMoneyIn(draft: Draft['quiz'], currency: string): void {
  const units = collectFacts(parseArticle(draft.articleText).paragraphs)
    .facts.filter((f) => f.kind === 'money')
    .map((f) => f.unit)
  expect(units.length).toBeGreaterThan(0)
  expect(new Set(units)).toEqual(new Set([currency]))
  for (const q of draft.questions) if (q.type === 'numeric' && /money/u.test(q.id)) expect(q.answer.unit).toBe(currency)
}

type DraftOf = (article: string) => Draft['quiz']

/** Each row: an article, a key some question of its draft has, and the exact quote backing it. */
export function itAsksWithQuote(quizOf: DraftOf, rows: { article: string; key: string | number; quote: string }[]): void {
  it.each(rows)('$article: $key', ({ article, key, quote }) => {
    const q = quizOf(article).questions.find((x) => keysOf(x).includes(key))
    expect(q, String(key)).toBeDefined()
    expect(q!.evidence.quote).toBe(quote)
  })
}

/** Each row: an article and keys no question of its draft may have. */
export function itNeverAsks(quizOf: DraftOf, never: { article: string; keys: (string | number)[] }[]): void {
  it.each(never)('$article: never $keys', ({ article, keys }) => {
    const all = quizOf(article).questions.flatMap((q) => keysOf(q))
    for (const key of keys) expect(all, String(key)).not.toContain(key)
  })
}

/** Each row: a text, the names (`kind:name`) the drafter must find in it, and those it must not. */
export function itFindsNames(rows: { text: string; lang: Lang; names: string[]; not: string[] }[]): void {
  it.each(rows)('$text', ({ text, lang, names, not }) => {
    const found = namesIn(text, lang)
    for (const n of names) expect(found).toContain(n)
    for (const n of not) expect(found).not.toContain(n)
  })
}
