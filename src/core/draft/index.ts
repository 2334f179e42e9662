import { ARTICLE_MAX_CHARS, formatArticle, parseArticle } from '../article.ts'
import { normalizeText } from '../normalize.ts'
import type { Lang, Question, QuizFile } from '../quiz-schema.ts'
import { cleanText, unusableText } from './clean.ts'
import { findEntities, type Entity } from './entities.ts'
import { collectFacts } from './facts.ts'
import { stableHash, uniqueId } from './ids.ts'
import type { Composed, DraftContext, HiddenSpan } from './kit.ts'
import { detectLanguage } from './language.ts'
import { layoutParagraphs } from './layout.ts'
import { note, type DraftNote } from './notes.ts'
import { chooseNames, hiddenNames, nameQuestions } from './name-questions.ts'
import { hiddenNumbers, hiddenScores, numberQuestions, scoreQuestions } from './number-questions.ts'
import { PHRASING } from './phrasing.ts'

/**
 * The question drafter: any article in, a draft quiz out, deterministic and without a model. Every
 * question quotes the clause of the article that answers it, and the quiz passes the same content
 * checks as a hand-written one. A person reviews the draft before it is published (the studio).
 */

export type { DraftNote } from './notes.ts'

/** The most words a draft is made of: a long feature; a book is refused. */
export const DRAFT_MAX_WORDS = 20_000
/** A quiz holds at most this many questions (the quiz schema's limit). */
export const DRAFT_MAX_QUESTIONS = 200
/** Below this many questions a draft says the article was thin on facts. */
export const DRAFT_TARGET_QUESTIONS = 10

/** Why an article cannot be drafted. The Worker answers each with its own problem (422, or 413 when too long). */
export const DRAFT_ERRORS = {
  'article-empty': 'The article text is empty.',
  'article-binary': 'The article text is binary data (a file read as text), not writing.',
  'article-no-sentences': 'The article text has no sentences to ask about: paste the article itself, not a list of words or numbers.',
  'language-unsupported': 'The article is not in Arabic or English, the languages fahm drafts in.',
  'language-mismatch': 'The article is not in the language given in `lang`.',
  'article-too-long': `The article is longer than ${DRAFT_MAX_WORDS.toLocaleString('en')} words.`,
} as const

export type DraftErrorCode = keyof typeof DRAFT_ERRORS

export class DraftError extends Error {
  override readonly name = 'DraftError'
  readonly code: DraftErrorCode

  constructor(code: DraftErrorCode, detail: string = DRAFT_ERRORS[code]) {
    super(detail)
    this.code = code
  }
}

export type DraftOptions = {
  /** The article's language; detected when not given. */
  lang?: Lang
  /** The quiz title; the article's headline (or its first words) when not given. */
  title?: string
}

/**
 * A draft quiz: the quiz file plus `articleText`, as `POST /v1/quizzes` takes it. Without a
 * `visibility`: whoever publishes it decides (an editor's quiz is public by default, a teacher's is
 * always a classroom quiz).
 */
export type DraftQuiz = Omit<QuizFile, '$schema' | 'visibility'> & { articleText: string }

export type Draft = { quiz: DraftQuiz; notes: DraftNote[] }

const WORD = /\S+/gu
const NAME_QUESTIONS_MIN = 3
const NAME_ROUNDS = 3
const SENTENCE_MIN_WORDS = 4

/** Drafts a quiz from an article. Throws {@link DraftError} when the text cannot be drafted from. */
export function draftQuiz(input: string, options: DraftOptions = {}): Draft {
  if (unusableText(input)) throw new DraftError('article-binary')
  const text = cleanText(input)
  const wordCount = text.match(WORD)?.length ?? 0
  if (wordCount === 0) throw new DraftError('article-empty')
  if (wordCount > DRAFT_MAX_WORDS) {
    throw new DraftError('article-too-long', `The article has ${wordCount.toLocaleString('en')} words; a draft is made of at most ${DRAFT_MAX_WORDS.toLocaleString('en')} words.`)
  }
  if (!text.split(/[.!?؟\n]/u).some((s) => (s.match(/\p{L}[\p{L}\p{M}]*/gu)?.length ?? 0) >= SENTENCE_MIN_WORDS)) {
    throw new DraftError('article-no-sentences')
  }

  const detected = detectLanguage(text)
  if (detected.lang === null) throw new DraftError('language-unsupported')
  if (options.lang && options.lang !== detected.lang) {
    throw new DraftError('language-mismatch', `The article reads as ${detected.lang === 'ar' ? 'Arabic' : 'English'}, not as ${options.lang === 'ar' ? 'Arabic' : 'English'} (lang: "${options.lang}").`)
  }
  const lang = detected.lang

  const laidOut = layoutParagraphs(text)
  // The headline: the heading of the first paragraph (kept here, since an article of one paragraph is written without it).
  const headline = laidOut[0]?.heading ?? null
  const articleText = formatArticle(laidOut)
  if (articleText.length > ARTICLE_MAX_CHARS) {
    throw new DraftError('article-too-long', `The article has ${articleText.length.toLocaleString('en')} characters; a quiz is bound to at most ${ARTICLE_MAX_CHARS.toLocaleString('en')}.`)
  }
  const { paragraphs } = parseArticle(articleText)

  const say = PHRASING[lang]
  const found = collectFacts(paragraphs)
  const notes: DraftNote[] = [...found.notes]
  const entities = findEntities(paragraphs, found.words, lang)
  // Names fill the quiz up to its target, and a few always stand beside the numbers.
  const nameLimit = Math.max(NAME_QUESTIONS_MIN, DRAFT_TARGET_QUESTIONS - found.facts.length - found.scores.length)
  const compose = (excluded: ReadonlySet<Entity>) => {
    const hidden: HiddenSpan[][] = paragraphs.map(() => [])
    const ctx: DraftContext = { lang, say, paragraphs, words: found.words, sentences: found.sentences, hidden, ids: new Set() }
    const names = chooseNames(ctx, entities.filter((e) => !excluded.has(e)), nameLimit)
    for (const h of [...hiddenNumbers(found.statements, found.words), ...hiddenScores(found.scores), ...hiddenNames(names)]) hidden[h.paragraph]!.push(h)
    return [...numberQuestions(ctx, found.facts), ...scoreQuestions(ctx, found.scores), ...nameQuestions(ctx, entities, names)]
  }
  // A name another prompt spells out, even inside a longer word (السودان in اللاجئين السودانيين), is
  // given away: it is dropped and another name asked, a few rounds at most.
  const excluded = new Set<Entity>()
  let items: Composed[] = compose(excluded)
  for (let round = 0; round < NAME_ROUNDS; round++) {
    const spoiled = namesGivenAway(items)
    if (spoiled.length === 0) break
    for (const entity of spoiled) excluded.add(entity)
    items = compose(excluded)
  }
  items = items.filter((item) => !(item.about && namesGivenAway(items).includes(item.about as Entity)))

  items.sort((a, b) => a.at - b.at)
  let questions: Question[] = varyAnswerPositions(items.map((item) => item.question))
  if (questions.length > DRAFT_MAX_QUESTIONS) {
    questions = questions.slice(0, DRAFT_MAX_QUESTIONS)
    notes.push(note('question-limit'))
  }
  if (questions.length < DRAFT_TARGET_QUESTIONS) notes.push(note('few-facts'))

  const title = options.title?.trim() || headline || say.untitled(firstWords(paragraphs[0]?.text ?? ''))
  return {
    quiz: {
      id: quizId(title, articleText),
      version: 1,
      lang,
      title: { [lang]: title } as DraftQuiz['title'],
      source: { name: say.pastedSource },
      article: `article.${lang}.txt`,
      questions,
      articleText,
    },
    notes,
  }
}

/** The names whose answer some prompt (another's, or the name question's own) spells out. */
function namesGivenAway(items: readonly Composed[]): Entity[] {
  const prompts = items.map((item) => ({ item, text: normalizeText(Object.values(item.question.prompt).join(' ')) }))
  const spoiled: Entity[] = []
  for (const { item } of prompts) {
    const q = item.question
    if (!item.about || (q.type !== 'text' && q.type !== 'single')) continue
    const written = q.type === 'text' ? q.answer.accepted : q.choices.filter((c) => c.id === q.answer).map((c) => Object.values(c.text).join(' '))
    const answers = written.map(normalizeText).filter((a) => a.length > 0)
    const shown = (text: string) =>
      answers.some((a) => (a.replace(/ /gu, '').length >= 3 ? text.includes(a) : ` ${text} `.includes(` ${a} `)))
    if (prompts.some((p) => shown(p.text))) spoiled.push(item.about as Entity)
  }
  return spoiled
}

/**
 * Choices are ordered by a hash of their ids, which may put every key in the same place; then every
 * other single-choice key trades places with the choice after it, so "always the first" never wins.
 */
function varyAnswerPositions(questions: Question[]): Question[] {
  const singles = questions.filter((q) => q.type === 'single')
  const positions = new Set(singles.map((q) => q.choices.findIndex((c) => c.id === q.answer)))
  if (singles.length < 2 || positions.size > 1) return questions
  return questions.map((q) => {
    const k = singles.indexOf(q as (typeof singles)[number])
    if (q.type !== 'single' || k % 2 === 0) return q
    const choices = [...q.choices]
    const at = choices.findIndex((c) => c.id === q.answer)
    const other = (at + 1) % choices.length
    ;[choices[at], choices[other]] = [choices[other]!, choices[at]!]
    return { ...q, choices }
  })
}

const TITLE_WORDS = 8

function firstWords(text: string): string {
  return (text.match(WORD) ?? []).slice(0, TITLE_WORDS).join(' ').replace(/[\s,،;؛:.!?؟…]+$/u, '')
}

/** A kebab-case id from a Latin title, else `draft-` and a hash of the article: the same for the same article. */
function quizId(title: string, articleText: string): string {
  const words = title.toLowerCase().match(/[a-z0-9]+/gu) ?? []
  const base =
    words.filter((w) => /[a-z]/u.test(w)).length >= 2 ? words.slice(0, 6).join('-') : `draft-${stableHash(articleText).toString(16).padStart(8, '0')}`
  return uniqueId(new Set(), base)
}
