import { ARTICLE_MAX_CHARS, formatArticle, parseArticle } from '../article.ts'
import { numericAnswerInEvidence } from '../numeric-evidence.ts'
import { contextStems, isFrameWord, sharesStem } from '../context-words.ts'
import { findGiveaways, showsKey } from '../giveaways.ts'
import { foldLetters, normalizeText } from '../normalize.ts'
import type { Lang, Localized, Question, QuizFile } from '../quiz-schema.ts'
import { findQuantities } from '../units.ts'
import { cleanArticle, unusableText } from './clean.ts'
import { findEntities, type Entity } from './entities.ts'
import { collectFacts, type NumberFact, type ScoreFact } from './facts.ts'
import { Heap } from './heap.ts'
import { keyFacts } from './key-facts.ts'
import { arabicTitleSlug, stableHash, uniqueId } from './ids.ts'
import { type Composed, type DraftContext, type HiddenSpan, positionIn } from './kit.ts'
import { curlyQuotes, nestedQuotes } from './excerpt.ts'
import { detectLanguage } from './language.ts'
import { layoutParagraphs } from './layout.ts'
import { note, type DraftNote } from './notes.ts'
import { chooseNames, hiddenNames, nameQuestions } from './name-questions.ts'
import {
  editionQuestions,
  hiddenEditions,
  hiddenNumbers,
  hiddenScores,
  hiddenTimes,
  numberQuestions,
  scoreQuestions,
  timeQuestions,
} from './number-questions.ts'
import { PHRASING } from './phrasing.ts'

/**
 * The question drafter: any article in, a draft quiz out, deterministic and without a model. Every
 * question quotes the clause of the article that answers it, and the quiz passes the same content
 * checks as a hand-written one. A person reviews the draft before it is published (the studio).
 */

export type { DraftNote } from './notes.ts'

import { DRAFT_MAX_QUESTIONS, DRAFT_MAX_WORDS, DRAFT_TARGET_QUESTIONS, DraftError, withThousands } from './errors.ts'

export { DRAFT_ERRORS, DRAFT_MAX_QUESTIONS, DRAFT_MAX_WORDS, DRAFT_TARGET_QUESTIONS, DraftError, withThousands, type DraftErrorCode } from './errors.ts'

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
  const { text, datelines } = cleanArticle(input)
  const wordCount = text.match(WORD)?.length ?? 0
  if (wordCount === 0) throw new DraftError('article-empty')
  if (wordCount > DRAFT_MAX_WORDS) {
    throw new DraftError(
      'article-too-long',
      `The article has ${withThousands(wordCount)} words; a draft is made of at most ${withThousands(DRAFT_MAX_WORDS)} words.`,
    )
  }
  if (!text.split(/[.!?؟\n]/u).some((s) => (s.match(/\p{L}[\p{L}\p{M}]*/gu)?.length ?? 0) >= SENTENCE_MIN_WORDS)) {
    throw new DraftError('article-no-sentences')
  }

  const detected = detectLanguage(text)
  if (detected.lang === null) throw new DraftError('language-unsupported')
  if (options.lang && options.lang !== detected.lang) {
    throw new DraftError(
      'language-mismatch',
      `The article reads as ${detected.lang === 'ar' ? 'Arabic' : 'English'}, not as ${options.lang === 'ar' ? 'Arabic' : 'English'} (lang: "${options.lang}").`,
    )
  }
  const lang = detected.lang

  const laidOut = layoutParagraphs(text)
  // The headline: the heading of the first paragraph (kept here, since an article of one paragraph is written without it).
  const headline = laidOut[0]?.heading ?? null
  const articleText = formatArticle(laidOut)
  if (articleText.length > ARTICLE_MAX_CHARS) {
    throw new DraftError(
      'article-too-long',
      `The article has ${withThousands(articleText.length)} characters; a quiz is bound to at most ${withThousands(ARTICLE_MAX_CHARS)}.`,
    )
  }
  const { paragraphs } = parseArticle(articleText)

  const say = PHRASING[lang]
  const found = collectFacts(paragraphs, { datelines })
  const notes: DraftNote[] = [...found.notes]
  const entities = findEntities(paragraphs, found.words, lang)
  // Names fill the quiz up to its target, and a few always stand beside the numbers.
  const nameLimit = Math.max(NAME_QUESTIONS_MIN, DRAFT_TARGET_QUESTIONS - found.facts.length - found.scores.length - found.times.length - found.editions.length)
  // Every candidate question hides the answers of all the others; composed `within` the questions kept, a prompt hides
  // only what a kept question asks (the names asked stay those chosen before).
  let names: ReturnType<typeof chooseNames> = []
  // Where the facts stand: the same in every composition (the names asked change).
  const factSpans = [
    ...hiddenNumbers(found.statements, found.words),
    ...hiddenScores(found.scores),
    ...hiddenTimes(found.times),
    ...hiddenEditions(found.editions),
  ]
  const compose = (excluded: ReadonlySet<Entity>, within?: ReadonlySet<object>) => {
    const hidden: HiddenSpan[][] = paragraphs.map(() => [])
    const ctx: DraftContext = { lang, say, paragraphs, words: found.words, sentences: found.sentences, hidden, ids: new Set(), bounds: found.bounds }
    if (!within)
      names = chooseNames(
        ctx,
        entities.filter((e) => !excluded.has(e)),
        nameLimit,
      )
    for (const h of [...factSpans, ...hiddenNames(names)]) if (!within || within.has(h.of ?? h.owner)) hidden[h.paragraph]!.push(h)
    return [
      ...numberQuestions(ctx, found.facts),
      ...scoreQuestions(ctx, found.scores),
      ...timeQuestions(ctx, found.times),
      ...editionQuestions(ctx, found.editions),
      ...nameQuestions(ctx, entities, names),
    ]
  }
  const title = arabicQuotes(lang, options.title?.trim() || headline || say.untitled(firstWords(paragraphs[0]?.text ?? '')))
  const titleText = { [lang]: title } as DraftQuiz['title']
  const titleCounts = countsOf(title)
  // A name another prompt spells out, even inside a longer word (السودان in اللاجئين السودانيين), or
  // the title or another question's choices show, is given away: it is dropped and another name
  // asked, a few rounds at most.
  const excluded = new Set<Entity>(bodiesTheTitlePointsAt(title, entities))
  let items: Composed[] = compose(excluded)
  for (let round = 0; round < NAME_ROUNDS; round++) {
    const spoiled = [...namesGivenAway(items), ...givenAwayIn(titleText, items).flatMap((item) => (item.about ? [item.about as Entity] : []))]
    if (spoiled.length === 0) break
    for (const entity of spoiled) excluded.add(entity)
    items = compose(excluded)
  }
  // A name question dropped here would leave its name hidden («وقال الدكتور …» in other prompts):
  // the draft is composed once more without it.
  let clean = withoutGiveaways(titleText, withoutNamesGivenAway(items), titleCounts)
  const droppedNames = items.filter((item) => item.about && !clean.items.some((kept) => kept.about === item.about)).map((item) => item.about as Entity)
  if (droppedNames.length > 0) {
    for (const entity of droppedNames) excluded.add(entity)
    items = compose(excluded)
    clean = withoutGiveaways(titleText, withoutNamesGivenAway(items), titleCounts)
  }
  const composed = items.length
  items = clean.items
  for (const { question } of clean.dropped) notes.push(note('given-away', question.evidence.paragraph, question.evidence.quote))

  const byLength = Math.max(DRAFT_TARGET_QUESTIONS, Math.round(wordCount / WORDS_PER_QUESTION))
  const limit = Math.min(DRAFT_REVIEWABLE_QUESTIONS, byLength)
  // An article longer than its questions can cover asks about its lead first (its first paragraph).
  const leadFirst = byLength > limit
  // (Read once per item: the same candidates are spread again in every round of `composedWithin`.)
  const sentences = new WeakMap<Composed, string>()
  const sentenceOf = (item: Composed) => {
    let sentence = sentences.get(item)
    if (sentence === undefined) {
      const { paragraph, quote } = item.question.evidence
      const at = paragraphs[paragraph]?.text.indexOf(quote) ?? -1
      sentence = `${paragraph}:${found.sentences[paragraph]?.findIndex((s) => s.start <= at && at < s.end) ?? -1}`
      sentences.set(item, sentence)
    }
    return sentence
  }
  const candidates = items
  const aboutTitle = factTheTitleIsAbout(options.title?.trim() || headline, found.facts)
  const key = keyFacts(options.title?.trim() || headline, paragraphs, found.facts, found.sentences, entities)
  const speaks = speakerOfFigures(paragraphs)
  const spread = spreadOver(candidates, limit, sentenceOf, aboutTitle, key, leadFirst, speaks)
  items = spread.kept
  // Facts left for the quiz's length are noted; those left as a crowded sentence's fourth are not.
  if (spread.overLimit) notes.push(note('question-limit'))
  // Questions left out (by the limit, or as given away) leave their facts readable in the prompts kept.
  if (items.length < composed) {
    // The same questions come back in every round: whether a quote states its answer is read once.
    const statedIn = new Map<string, boolean>()
    const statesAnswer = (q: Question) => {
      const key = q.type === 'numeric' ? `${q.answer.value} ${q.answer.unit} ${q.skill} ${q.evidence.quote}` : ''
      let stated = statedIn.get(key)
      if (stated === undefined) statedIn.set(key, (stated = numericAnswerInEvidence(q, 0).length === 0))
      return stated
    }
    const within = composedWithin(
      candidates,
      (pool) => spreadOver(pool, limit, sentenceOf, aboutTitle, key, leadFirst, speaks).kept,
      (within) => compose(excluded, within),
      (kept) => {
        // A question drafted in place of one given away states its answer in its quote as the content check reads it.
        const stated = kept.filter((item) => statesAnswer(item.question))
        return withoutGiveaways(titleText, withoutNamesGivenAway(stated), titleCounts)
      },
    )
    // Unsettled, the questions stay as first composed, every candidate's answer hidden.
    if (within) {
      items = within.items
      for (const { question } of within.dropped) notes.push(note('given-away', question.evidence.paragraph, question.evidence.quote))
    }
  }
  items = items.map(typedWhereFitting)
  items.sort((a, b) => a.at - b.at)
  let questions: Question[] = varyAnswerPositions(items.map((item) => withQuotes(lang, item.question)))
  if (questions.length > DRAFT_MAX_QUESTIONS) {
    questions = questions.slice(0, DRAFT_MAX_QUESTIONS)
    notes.push(note('question-limit'))
  }
  if (questions.length < DRAFT_TARGET_QUESTIONS) notes.push(note('few-facts'))

  return {
    quiz: {
      id: quizId(title, articleText),
      version: 1,
      lang,
      title: titleText,
      source: { name: say.pastedSource },
      article: `article.${lang}.txt`,
      questions,
      articleText,
    },
    notes,
  }
}

/** A sentence's lesser place or body gives way to a key figure only when this many sentences have a name to ask. */
const NAMED_SENTENCES_TO_SPARE = 2
/** A draft asks about one fact in this many words of the article, at most… */
const WORDS_PER_QUESTION = 25
/**
 * …and never more than this many questions, however long the article: a draft a teacher reviews in one sitting (a
 * 4,000-word report asked 162 before). Reached at 500 words; a shorter article's limit is its length's, as before.
 */
const DRAFT_REVIEWABLE_QUESTIONS = 20
/** No sentence is asked about more than this many times… */
const QUESTIONS_PER_SENTENCE = 2
/** …unless the quiz is short of its limit when every sentence has been asked about that often… */
const QUESTIONS_PER_SENTENCE_SHORT = 3
/** …and the sentence's paragraph is asked about fewer times than this. */
const QUESTIONS_PER_PARAGRAPH_SHORT = 3

/**
 * At most `limit` questions, spread over the article: each sentence's best question first, then a
 * second one (quoting other words, of another kind, when as good) where a sentence has more, then, while the quiz is
 * still short of its limit, a third; in each round the paragraph
 * asked about least, then the best question, goes first while the limit allows. A
 * question is better when it asks directly (not a blank in a quote), when its prompt hides fewer
 * other answers behind ellipses, and when it asks for a value rather than whether a statement holds.
 */
function spreadOver(
  items: readonly Composed[],
  limit: number,
  sentenceOf: (item: Composed) => string,
  aboutTitle: (item: Composed) => boolean,
  isKey: (item: Composed) => boolean,
  leadFirst = false,
  speaks: (name: Composed, figure: Composed) => boolean = () => false,
): { kept: Composed[]; overLimit: boolean } {
  const worths = new Map(items.map((item) => [item, merit(item)]))
  // Between questions as good, the fact the title is about first, a small count or an ordinal last.
  const telling = (item: Composed) => (aboutTitle(item) ? 1 : tellingOf(item))
  const worth = (item: Composed) => worths.get(item)!
  // The lead's figures and names, the headline's topic's figures and the main actor (`keyFacts`).
  const keys = new Map(items.map((item) => [item, isKey(item) ? 1 : 0]))
  const key = (item: Composed) => keys.get(item)!
  const bySentence = new Map<string, Composed[]>()
  for (const item of items) {
    const key = sentenceOf(item)
    const list = bySentence.get(key)
    if (list) list.push(item)
    else bySentence.set(key, [item])
  }
  // A sentence's second question quotes other words than its first, and asks of another kind of thing (a name
  // beside a number), when it is as good.
  const isName = (item: Composed) => item.about !== undefined
  // A place or a body gives way to a key figure only where another sentence has a name to ask (a quiz keeps its names);
  // a person never does: who did it is what a reader remembers (`chooseNames`).
  // A person who only says what the figure tells (`وقال الرئيس التنفيذي للبنك، فيصل السبيعي، إن البنك منح … 11 مليار
  // ريال`, `Smith said the firm lost $3m`) is no actor of it: they give way to a key figure of what they said as a place
  // does, where another sentence has a person to ask; the one who acts (a winner, the one jailed) never does.
  const namedSentences = [...bySentence.values()].filter((list) => list.some(isName)).length
  const spared = (item: Composed) => (item.about as Entity).kind === 'person' || namedSentences < NAMED_SENTENCES_TO_SPARE
  // Only where the article names one person: among several, who said which is what a reader tells apart, and each keeps
  // their name (the book fair's head and its minister, the hospital's two doctors); one who alone speaks for a bank or a
  // ministry is asked as their sentence's second question, after the figure they gave.
  const soleSpeaker = new Set(items.filter((item) => isName(item) && (item.about as Entity).kind === 'person').map((item) => item.about)).size === 1
  // The figure a sole speaker gave way to, and the speaker.
  const gaveWay = new Map<Composed, Composed>()
  const ranked = [...bySentence.values()].map((list) => {
    // Between questions as good, a small count or an ordinal last (`مناطقه الـ14` after the money of its sentence).
    // In a sentence naming a place or a body of less account (not the lead's, not the main actor), a key figure goes
    // before the name, worth up to one hidden answer more, and before the sentence's other figures (the Gaza paragraph's
    // 87 aid trucks before «وفي ____، أعلن …»); else as before.
    const lesser = list.some((item) => isName(item) && key(item) === 0 && !spared(item))
    const speakers = soleSpeaker ? list.filter((item) => isName(item) && key(item) === 0 && (item.about as Entity).kind === 'person') : []
    const givenWay = (item: Composed) => !isName(item) && key(item) === 1 && (lesser || speakers.some((name) => speaks(name, item)))
    const weighed = (item: Composed) => worth(item) + (givenWay(item) ? MERIT.key : 0)
    const [first, ...rest] = [...list].sort(
      (a, b) =>
        weighed(b) - weighed(a) || (lesser || speakers.length > 0 ? Number(givenWay(b)) - Number(givenWay(a)) : 0) || telling(b) - telling(a) || a.at - b.at,
    )
    // Of those as good as the best left, one quoting other words than the first goes first, then one of another kind.
    const apart = (item: Composed) => (item.question.evidence.quote !== first!.question.evidence.quote ? 2 : 0) + (isName(item) !== isName(first!) ? 1 : 0)
    // A key figure first among those as good, when the first asks none (a sentence asks one of its key figures at least).
    const keySecond = (item: Composed) => (isName(first!) || key(first!) === 0 ? key(item) : 0)
    // A speaker who gave way is their sentence's second question: the sentence keeps its person.
    let second: Composed | undefined = !lesser && !isName(first!) && givenWay(first!) ? speakers.find((name) => speaks(name, first!)) : undefined
    if (second !== undefined) gaveWay.set(first!, second)
    if (second === undefined)
      for (const item of rest)
        if (
          worth(item) >= worth(rest[0]!) &&
          (second === undefined ||
            apart(item) > apart(second) ||
            (apart(item) === apart(second) &&
              (keySecond(item) > keySecond(second) || (keySecond(item) === keySecond(second) && telling(item) > telling(second)))))
        )
          second = item
    return second ? [first!, second, ...rest.filter((item) => item !== second)] : [first!, ...rest]
  })
  // Paragraphs spaced evenly over a long article, as many as its questions: one of each limit-th share of them, the one
  // whose best question asks a person's name if any (a quiz keeps its names), else the one whose best question is best,
  // else the first.
  const evenly = new Set<number>()
  if (leadFirst) {
    const best = new Map<number, { worth: number; person: boolean }>()
    for (const item of items) {
      const p = item.question.evidence.paragraph
      const was = best.get(p) ?? { worth: Number.NEGATIVE_INFINITY, person: false }
      const person = isName(item) && (item.about as Entity).kind === 'person'
      // (The paragraph's best question asks a person's name.)
      if (worth(item) > was.worth || (worth(item) === was.worth && person))
        best.set(p, { worth: worth(item), person: person || (worth(item) === was.worth && was.person) })
    }
    const asked = [...best.keys()].sort((a, b) => a - b)
    if (asked.length > limit)
      for (let k = 0; k < limit; k++) {
        const share = asked.slice(Math.floor((k * asked.length) / limit), Math.floor(((k + 1) * asked.length) / limit))
        const pick = (p: number) => (best.get(p)!.person ? 1 : 0)
        evenly.add(share.reduce((a, b) => (pick(b) > pick(a) || (pick(b) === pick(a) && best.get(b)!.worth > best.get(a)!.worth) ? b : a)))
      }
  }
  const kept: Composed[] = []
  // Each round, the paragraph asked about least goes first: every paragraph is asked about before any is twice.
  const perParagraph = new Map<number, number>()
  const paragraphOf = (item: Composed) => item.question.evidence.paragraph
  const asked = (item: Composed) => perParagraph.get(paragraphOf(item)) ?? 0
  for (let round = 0; round < QUESTIONS_PER_SENTENCE_SHORT && kept.length < limit; round++) {
    // A sentence's third question stays out of a paragraph asked about this often already.
    const candidates = ranked.flatMap((list) =>
      list[round] && (round < QUESTIONS_PER_SENTENCE || asked(list[round]!) < QUESTIONS_PER_PARAGRAPH_SHORT) ? [list[round]!] : [],
    )
    // The best candidate next: of a paragraph asked about least, then the better, then the earlier in the article (then
    // the first listed). A paragraph's candidates are all asked about as often: each paragraph's are ranked once, and
    // the next is the first of the paragraph whose first is best.
    const listed = new Map(candidates.map((item, k) => [item, k]))
    const rank = (a: Composed, b: Composed) => worth(b) - worth(a) || a.at - b.at || listed.get(a)! - listed.get(b)!
    const byParagraph = new Map<number, Composed[]>()
    for (const item of candidates) {
      const list = byParagraph.get(paragraphOf(item))
      if (list) list.push(item)
      else byParagraph.set(paragraphOf(item), [item])
    }
    type Waiting = { paragraph: number; list: Composed[]; asked: number }
    // In an article longer than its questions can cover, the lead's paragraph before others asked about as often, then
    // paragraphs evenly spaced over its length (`evenly`), so that its questions do not bunch at its start.
    const lead = (w: Waiting) => (leadFirst && w.paragraph === 0 ? 2 : leadFirst && evenly.has(w.paragraph) ? 1 : 0)
    const waiting = new Heap<Waiting>(
      (a, b) => a.asked < b.asked || (a.asked === b.asked && (lead(a) > lead(b) || (lead(a) === lead(b) && rank(a.list[0]!, b.list[0]!) < 0))),
    )
    for (const [paragraph, list] of byParagraph) waiting.push({ paragraph, list: list.sort(rank), asked: perParagraph.get(paragraph) ?? 0 })
    while (waiting.size > 0 && kept.length < limit) {
      const next = waiting.pop()!
      kept.push(next.list.shift()!)
      perParagraph.set(next.paragraph, ++next.asked)
      if (next.list.length > 0) waiting.push(next)
    }
  }
  withKeyFigures(kept, ranked, key, worth, isName, sentenceOf, paragraphOf)
  // A quiz keeps its person: when the sole speaker's name was left out, their figure gives the place back to it.
  if (gaveWay.size > 0 && !kept.some((item) => isName(item) && (item.about as Entity).kind === 'person')) {
    const at = kept.findIndex((item) => gaveWay.has(item))
    if (at >= 0) kept[at] = gaveWay.get(kept[at]!)!
  }
  // The limit left some out when a question a sentence could have had is not kept.
  const keptSet = new Set(kept)
  const overLimit = kept.length >= limit && ranked.some((list) => list.slice(0, QUESTIONS_PER_SENTENCE_SHORT).some((item) => !keptSet.has(item)))
  return { kept, overLimit }
}

// The words after a speaker's name that open what they say: «، إن …», «إن», `said (that)`, `told reporters (that)`.
const SAID_AFTER_AR = /^[\s،,]*(?:إن|أن|بأن)\s/u
// (An aside between them may name their post, `, chief executive,`, not what they did: `, who has judged … for 19 years,`.)
const SAID_AFTER_EN = /^[\s,]*(?:(?!\s*(?:who|whose|which)\b)[^.,;]{0,60},\s*)?(?:said|says|told [^,.;]{1,30}?|added)(?:\s+that)?\s/iu
// The words after a figure that give its speaker after it: `…," said Professor Helen Okafor`, `… , Smith said`.
const SAID_BEFORE_EN = /[,”"]\s*(?:said|says|added)\s+[^.,;]{0,40}$|,\s*[^.,;]{0,40}\s(?:said|says|added)$/iu

/**
 * Whether the person a name question asks only says what a figure question of their sentence asks: the figure
 * stands in what they said, after their name and the words that open it, or before `said` and their name.
 */
function speakerOfFigures(paragraphs: readonly { text: string }[]): (name: Composed, figure: Composed) => boolean {
  return (name, figure) => {
    const fact = figure.asks[0] as Partial<NumberFact> | undefined
    const entity = name.about as Entity
    if (!fact?.mention || fact.paragraph === undefined) return false
    const text = paragraphs[fact.paragraph]!.text
    const mention = entity.mentions.find((m) => m.paragraph === fact.paragraph && positionIn(m.paragraph, m.start) === name.at)
    if (!mention) return false
    if (mention.end <= fact.mention.start) {
      const between = text.slice(mention.end, fact.mention.start)
      return SAID_AFTER_AR.test(between) || SAID_AFTER_EN.test(between)
    }
    return SAID_BEFORE_EN.test(text.slice(fact.mention.end, mention.start))
  }
}

/**
 * A key figure the limit left out (a sentence's first or second question, its sentence asking no key figure yet; the
 * better, then the earlier, first) takes the place of a lesser figure of its own paragraph: a number question, no key
 * one, as good or worse, and no sum of money for a figure of another kind (the dearest flat's price stays before its
 * area); the least worth, then the latest in the article, goes. Names are never given up, and every paragraph is
 * asked about as often as before (a sentence at most twice): the council's consultation asks its 58 % in favour, not its 3,412
 * responses; the police's 11 road deaths, not the six months they were counted in.
 */
function withKeyFigures(
  kept: Composed[],
  ranked: readonly (readonly Composed[])[],
  key: (item: Composed) => number,
  worth: (item: Composed) => number,
  isName: (item: Composed) => boolean,
  sentenceOf: (item: Composed) => string,
  paragraphOf: (item: Composed) => number,
): void {
  const keptSet = new Set(kept)
  const keyed = new Set(kept.filter((item) => key(item) === 1 && !isName(item)).map(sentenceOf))
  const waiting = ranked.flatMap((list) => {
    const left = list.slice(0, QUESTIONS_PER_SENTENCE).find((item) => !keptSet.has(item) && !isName(item) && key(item) === 1)
    return left && !keyed.has(sentenceOf(left)) ? [left] : []
  })
  // The better, then the earlier first.
  waiting.sort((a, b) => worth(b) - worth(a) || a.at - b.at)
  for (const item of waiting) {
    let out: Composed | undefined
    for (const k of kept)
      if (
        key(k) === 0 &&
        !isName(k) &&
        paragraphOf(k) === paragraphOf(item) &&
        (kindOf(k) !== 'money' || kindOf(item) === 'money') &&
        worth(k) <= worth(item) &&
        (out === undefined || worth(k) < worth(out) || (worth(k) === worth(out) && k.at > out.at))
      )
        out = k
    if (!out) continue
    kept[kept.indexOf(out)] = item
  }
}

/** The kind of quantity a number question asks (`money`, `count`, `percent` …), if any. */
const kindOf = (item: Composed) => (item.asks[0] as Partial<NumberFact>).kind

/** Rounds of composing the kept questions again, each after questions that gave another's answer away were left out. */
const KEPT_ROUNDS = 4

/**
 * The questions `select` keeps of `candidates`, composed again so that their prompts hide only what a kept
 * question asks: a question left out leaves its fact readable («council leader … said» would ask nothing). A
 * fact shown now may give a kept answer away (the same number, a name inside a word): `clean` drops such
 * questions, their facts are not asked, and `select` takes the next best candidates in their place, until
 * nothing changes; with the questions dropped on the way. Null when a few rounds do not settle it (an article
 * whose facts repeat each other's numbers).
 */
function composedWithin(
  candidates: readonly Composed[],
  select: (pool: readonly Composed[]) => Composed[],
  compose: (within: ReadonlySet<object>) => Composed[],
  clean: (items: Composed[]) => { items: Composed[]; dropped: Composed[] },
): { items: Composed[]; dropped: Composed[] } | null {
  const left = new Set<object>()
  const dropped: Composed[] = []
  let current = select(candidates)
  for (let round = 0; round < KEPT_ROUNDS; round++) {
    const within = new Set(current.flatMap((item) => item.asks))
    const again = compose(within)
    // Each kept question drafted again, asking what it asked (a statements question may now take other facts).
    const drafted = new Map<object | undefined, Composed[]>()
    for (const item of again) {
      const list = drafted.get(item.asks[0])
      if (list) list.push(item)
      else drafted.set(item.asks[0], [item])
    }
    const matched = current.flatMap((kept) => (drafted.get(kept.asks[0]) ?? []).filter((item) => sameOwners(item.asks, kept.asks)).slice(0, 1))
    const cleaned = clean(matched)
    dropped.push(...cleaned.dropped)
    if (cleaned.items.length === current.length) return { items: cleaned.items, dropped }
    const asked = new Set(cleaned.items.map((item) => item.asks[0]))
    for (const item of current) if (!asked.has(item.asks[0])) left.add(item.asks[0]!)
    current = select(candidates.filter((item) => !left.has(item.asks[0]!)))
  }
  return null
}

const sameOwners = (a: readonly object[], b: readonly object[]) => a.length === b.length && a.every((owner) => b.includes(owner))

// What a question is worth beside the others of its sentence: a contest's result (a score, a race time) and a
// question that puts facts together (a total) above the rest; every
// other answer hidden in the prompt, and a quote too short to say much, cost.
const MERIT = { value: 2, statement: 2, result: 1.5, inference: 1, hidden: 0.5, short: 1, key: 0.5 }
const SHORT_QUOTE_WORDS = 6
/** A count under this is a small one. */
const SMALL_COUNT = 100
// An item's merit, weighed once: the same candidates are spread over the article in every round of `composedWithin`.
const merits = new WeakMap<Composed, number>()

function merit(item: Composed): number {
  let worth = merits.get(item)
  if (worth === undefined) merits.set(item, (worth = meritOf(item)))
  return worth
}

function meritOf(item: Composed): number {
  const q = item.question
  const hidden = (Object.values(q.prompt).join(' ').match(/…/gu) ?? []).length
  const short = q.evidence.quote.split(/\s+/u).length < SHORT_QUOTE_WORDS ? MERIT.short : 0
  const bonus = (item.result ? MERIT.result : 0) + (q.skill === 'inference' ? MERIT.inference : 0)
  return (q.type === 'boolean' ? MERIT.statement : MERIT.value) + bonus - hidden * MERIT.hidden - short
}

/**
 * Of a sentence's questions as good, a small count or an ordinal (an edition) tells less than the rest (money, a
 * measure, a name): -1, else 0.
 */
function tellingOf(item: Composed): number {
  if (item.about || item.result || item.question.type === 'boolean') return 0
  const fact = item.asks[0] as Partial<NumberFact & ScoreFact>
  if (typeof fact.value !== 'number' || fact.home !== undefined) return 0
  // An edition: a number without a unit.
  if (fact.kind === undefined) return -1
  return (fact.kind === 'count' || fact.kind === 'people') && fact.value < SMALL_COUNT ? -1 : 0
}

// A scale's word counts nothing the title could be about (`4.8 مليون زائر`: the visitors).
const SCALE_WORD = /^(?:ال)?(?:مليون|ملايين|مليار|مليارات|الف|الاف|الفا|million|millions|billion|billions|thousand|thousands|m|bn|k)$/u

/**
 * Whether a question asks the number of what the headline is about, its value not in the headline (which would give it
 * away): «يسجل رقماً قياسياً في عدد الزوار» above «استقبل … 4.8 مليون زائر», `Record crowds` above `12,000 crowds`; the
 * word counted is the headline's, by its stem or its family (زائر، الزوار). Never without a headline (no article's first
 * words stand for one).
 */
function factTheTitleIsAbout(headline: string | null | undefined, facts: readonly NumberFact[]): (item: Composed) => boolean {
  if (!headline) return () => false
  const stems = contextStems([headline])
  const words = (fact: NumberFact) =>
    foldLetters(fact.counted)
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w.length >= 3 && !SCALE_WORD.test(w) && !isFrameWord(w))
  const counts = facts.filter((f) => f.kind === 'count' || f.kind === 'people')
  const about = counts.filter((f) => words(f).some((w) => sharesStem(w, stems)))
  // Only one count of the title's thing, in the lead: two (`2 climbers` rescued of `1,100 climbers`) point at none.
  const lead = Math.min(...facts.map((f) => f.paragraph))
  const fact = about.length === 1 && about[0]!.paragraph === lead ? about[0]! : null
  return (item) => fact !== null && !item.about && item.asks[0] === fact
}

/** The items but the questions asking a name some prompt spells out (`namesGivenAway`). */
function withoutNamesGivenAway(items: readonly Composed[]): Composed[] {
  const spoiled = new Set(namesGivenAway(items))
  return items.filter((item) => !(item.about && spoiled.has(item.about as Entity)))
}

/** The names whose answer some prompt (another's, or the name question's own) spells out. */
function namesGivenAway(items: readonly Composed[]): Entity[] {
  const prompts = items.map((item) => ({ item, text: normalizedPrompt(item.question) }))
  const spoiled: Entity[] = []
  for (const { item } of prompts) {
    const q = item.question
    if (!item.about || (q.type !== 'text' && q.type !== 'single')) continue
    const written = q.type === 'text' ? q.answer.accepted : q.choices.filter((c) => c.id === q.answer).map((c) => Object.values(c.text).join(' '))
    const answers = written.map(normalizeText).filter((a) => a.length > 0)
    const shown = (text: string) => answers.some((a) => (a.replace(/ /gu, '').length >= 3 ? text.includes(a) : ` ${text} `.includes(` ${a} `)))
    if (prompts.some((p) => shown(p.text))) spoiled.push(item.about as Entity)
  }
  return spoiled
}

// A question's prompt, normalised once: the same questions, and the same prompts composed again, are looked at in every round.
const prompts = new WeakMap<Question, string>()
const normalizedPrompts = new Map<string, string>()
const NORMALIZED_PROMPTS_MAX = 2000
function normalizedPrompt(q: Question): string {
  let text = prompts.get(q)
  if (text === undefined) {
    const prompt = Object.values(q.prompt).join(' ')
    text = normalizedPrompts.get(prompt)
    if (text === undefined) {
      if (normalizedPrompts.size >= NORMALIZED_PROMPTS_MAX) normalizedPrompts.clear()
      normalizedPrompts.set(prompt, (text = normalizeText(prompt)))
    }
    prompts.set(q, text)
  }
  return text
}

/** The items whose key (a name, a number, a right choice) the title or another question shows. */
function givenAwayIn(title: Localized, items: readonly Composed[]): Composed[] {
  const found = findGiveaways({ title, questions: items.map((item) => item.question) })
  return [...new Set(found.map((g) => items[g.question]!))]
}

// A word's article and the clitics before it (والمفوضية، بالبنك): off, to compare the word itself.
const ARTICLE_AND_CLITICS = /^(?:[وف]?[بلك]?ال|[وف]?[بلك]|[وف])(?=\S{3,})/u
const headWord = (word: string) => word.toLowerCase().replace(ARTICLE_AND_CLITICS, '')

/**
 * The organisations of several words whose first word the title gives while no other organisation of the article
 * begins with it («المفوضية تعلن النتائج» above «المفوضية العليا المستقلة للانتخابات»): among bodies as choices, the
 * one the title names would be the only one fitting it, so it is not asked.
 */
function bodiesTheTitlePointsAt(title: string, entities: readonly Entity[]): Entity[] {
  const titleWords = new Set(normalizeText(title).split(' ').map(headWord))
  const bodies = entities.filter((e) => e.kind === 'organisation' && e.name.includes(' '))
  const heads = bodies.map((e) => headWord(normalizeText(e.name).split(' ')[0] ?? ''))
  return bodies.filter((_, k) => heads[k]!.length >= 3 && titleWords.has(heads[k]!) && heads.filter((h) => h === heads[k]).length === 1)
}

const CHOICE_PATH = /^questions\[(\d+)\]\.choices\[(\d+)\]/u
const QUESTION_PATH = /^questions\[(\d+)\]/u
/** A single-choice question keeps at least this many choices when one that gives another answer away is taken out. */
const CHOICES_KEPT = 3

/**
 * The items once nothing gives an answer away (the `answer-not-given-away` check): a wrong choice
 * that shows another question's answer is taken out when enough choices remain; otherwise the
 * question whose answer is shown is not asked (a number the headline gives, say).
 */
function withoutGiveaways(title: Localized, items: readonly Composed[], titleCounts: readonly NumberFact[] = []): { items: Composed[]; dropped: Composed[] } {
  const titleScores = scoresOf(title)
  const dropped = new Set<Composed>(
    items.filter((item) => titleStates(title, item) || titleCounts.some((c) => sameCount(c, item)) || titleScores.some((s) => sameScore(s, item))),
  )
  // The giveaways are pairs of a question's key and a place showing it: taking out a choice or a
  // question only takes out the pairs it is in, so they are found once and kept up to date, in
  // the order the checks list them (and found again when a question's choices are drawn again).
  const current = new Map<Composed, Composed>(items.map((item) => [item, item]))
  const giveaways = () =>
    findGiveaways({ title, questions: items.map((item) => current.get(item)!.question) }).map((g) => {
      const at = CHOICE_PATH.exec(g.path)
      const of = QUESTION_PATH.exec(g.path)
      // The question whose prompt or choice shows the key (none for the title), and the choice.
      const holder = of ? items[Number(of[1])]! : null
      const shown = holder && current.get(holder)!.question
      const choice = at && shown && (shown.type === 'single' || shown.type === 'multiple') ? shown.choices[Number(at[2])]!.id : null
      return { key: items[g.question]!, holder, choice }
    })
  let pending = giveaways().filter((p) => !dropped.has(p.key) && !(p.holder && dropped.has(p.holder)))
  // The choices taken out of each question so far.
  const takenOut = new Map<Composed, string[]>()
  while (pending.length > 0) {
    const g = pending[0]!
    const holder = g.holder ? current.get(g.holder)! : null
    const q = holder?.question
    if (g.choice !== null && q?.type === 'single' && q.choices.length > CHOICES_KEPT && g.choice !== q.answer) {
      const out = [...(takenOut.get(g.holder!) ?? []), g.choice]
      takenOut.set(g.holder!, out)
      // A number's wrong values left unevenly spaced are drawn again (the gap would point at the key), when the new ones
      // show no answer either.
      const respaced = holder!.respaced?.(out)
      if (respaced) {
        current.set(g.holder!, { ...holder!, question: respaced })
        const fresh = giveaways().filter((p) => !dropped.has(p.key) && !(p.holder && dropped.has(p.holder)))
        if (!fresh.some((p) => p.holder === g.holder)) {
          pending = fresh
          continue
        }
      }
      current.set(g.holder!, { ...holder!, question: { ...q, choices: q.choices.filter((c) => c.id !== g.choice) } })
      pending = pending.filter((p) => !(p.holder === g.holder && p.choice === g.choice))
      continue
    }
    dropped.add(g.key)
    pending = pending.filter((p) => p.key !== g.key && p.holder !== g.key)
  }
  return {
    items: items.filter((item) => !dropped.has(item)).map((item) => current.get(item)!),
    dropped: [...dropped].map((item) => current.get(item)!),
  }
}

// The scores a title states, read once: a draft leaves out the questions giving answers away several times.
const titleScores = new WeakMap<Localized, ScoreFact[]>()

function scoresOf(title: Localized): ScoreFact[] {
  let scores = titleScores.get(title)
  if (scores === undefined) {
    scores = Object.values(title).flatMap((text) => collectFacts(parseArticle(text).paragraphs).scores)
    titleScores.set(title, scores)
  }
  return scores
}

/**
 * Whether a true/false question is about a fact the title states (`jailed for six years` above «… was jailed
 * for six years»): the title answers it, true or false. Stated as the same quantity (six years is 6 years), or
 * as the number in digits.
 */
function titleStates(title: Localized, item: Composed): boolean {
  const fact = item.asks[0] as Partial<NumberFact>
  if (item.question.type !== 'boolean' || typeof fact.value !== 'number' || fact.unit === undefined) return false
  const { value, unit } = fact
  const key = { kind: unit === 'date' ? ('date' as const) : ('number' as const), value, shown: String(value) }
  return Object.values(title).some(
    (text) => showsKey(text, key) || findQuantities(text).some((q) => q.units.includes(unit) && Math.abs(q.value - value) <= 1e-9 * Math.abs(value)),
  )
}

/**
 * The title's counts as the article's facts read them (`واحد من كل خمسة مراهقين`: 5 مراهقين), for a count in words the
 * content checks let pass: a small number written in words is prose to them (`three leaders`), not a key shown; and its
 * figures below zero («تهبط إلى 7 درجات تحت الصفر»: -7 °C), which they read without their sign.
 */
function countsOf(title: string): NumberFact[] {
  return collectFacts(parseArticle(title).paragraphs).facts.filter((f) => f.counted !== '' || f.value < 0)
}

/**
 * Whether a question asks a count the title gives, the same number of the same thing («مسح: واحد من كل خمسة مراهقين …»
 * above «واحداً من كل ____ مراهقين»; `Three men jailed` above `three men were jailed`); another thing counted the same
 * (`three roads`) is no giveaway. A figure below zero is the same in its unit, its noun written or not (-7 °C).
 */
function sameCount(shown: NumberFact, item: Composed): boolean {
  const fact = item.asks[0] as Partial<NumberFact>
  return fact.value === shown.value && fact.unit === shown.unit && (fact.counted === shown.counted || shown.value < 0)
}

/**
 * Whether a score question asks the score the title gives (`الأهلي يهزم الإسماعيلي 2-1` above «… بنتيجة 2-1»): the
 * content checks read no score as a key (its two numbers are no one number), so the drafter looks for it.
 */
function sameScore(shown: ScoreFact, item: Composed): boolean {
  const fact = item.asks[0] as Partial<ScoreFact>
  return fact.home === shown.home && fact.away === shown.away && !fact.vote === !shown.vote && !fact.ratio === !shown.ratio
}

// Double quotation marks other than « », which Arabic text uses.
const DOUBLE_QUOTES = /[“”„‟"]/gu

/** Arabic text with « » for its quotation marks, alternately opening and closing; other languages as they are. */
function arabicQuotes(lang: Lang, text: string): string {
  if (lang !== 'ar') return text
  let open = true
  return text.replace(DOUBLE_QUOTES, () => {
    const mark = open ? '«' : '»'
    open = !open
    return mark
  })
}

/**
 * A question whose prompt, explanation and choices quote with the language's marks, one pair to a
 * quotation: « » in Arabic; “ ” in English, straight quotes made curly and a quotation inside
 * another in ‘ ’ (its evidence stays verbatim).
 */
function withQuotes(lang: Lang, q: Question): Question {
  const mark = (text: string) => (lang === 'ar' ? arabicQuotes(lang, text) : nestedQuotes(curlyQuotes(text)))
  const fix = (l: Localized): Localized => {
    const text = l[lang]
    return text === undefined ? l : { ...l, [lang]: mark(text) }
  }
  const base = { ...q, prompt: fix(q.prompt), explanation: fix(q.explanation) }
  if (q.type === 'single' || q.type === 'multiple') return { ...base, choices: q.choices.map((c) => ({ ...c, text: fix(c.text) })) } as Question
  return base as Question
}

/**
 * A comparison's choice («أكثر من ____», `up to ____`: every wrong value on one side, the key the end choice every time) as
 * the number to type, when its quote states that number as the content check reads it; else the choice stays. Done on the
 * settled questions: the other facts' types and the questions kept do not move.
 */
function typedWhereFitting(item: Composed): Composed {
  if (!item.typed) return item
  const typed = item.typed()
  return numericAnswerInEvidence(typed, 0).length === 0 ? { ...item, question: typed } : item
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
  const words = (text.match(WORD) ?? []).slice(0, TITLE_WORDS)
  // The title stops before the first number when words come before it: «درجة حرارة بلغت 51…»
  // would give 51 away, and the lead's fact is the one most worth asking.
  const beforeNumber = words.findIndex((w) => DIGIT.test(w))
  return (beforeNumber >= MIN_TITLE_WORDS ? words.slice(0, beforeNumber) : words).join(' ').replace(/[\s,،;؛:.!?؟…]+$/u, '')
}
const DIGIT = /\p{Nd}/u
const MIN_TITLE_WORDS = 3

/**
 * A kebab-case id from a Latin title, or an Arabic one written in Latin letters (`arabicTitleSlug`), else `draft-` and a
 * hash of the article: the same for the same article.
 */
function quizId(title: string, articleText: string): string {
  const words = title.toLowerCase().match(/[a-z0-9]+/gu) ?? []
  const base =
    words.filter((w) => /[a-z]/u.test(w)).length >= 2
      ? words.slice(0, 6).join('-')
      : (arabicTitleSlug(title) ?? `draft-${stableHash(articleText).toString(16).padStart(8, '0')}`)
  return uniqueId(new Set(), base)
}
