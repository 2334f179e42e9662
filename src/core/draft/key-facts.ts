import { parseArticle } from '../article.ts'
import { contextStems, isFrameWord, sharesStem } from '../context-words.ts'
import { foldLetters } from '../normalize.ts'
import type { Paragraph } from '../quiz-schema.ts'
import type { Entity } from './entities.ts'
import { collectFacts, type NumberFact } from './facts.ts'
import type { Composed } from './kit.ts'
import type { Span } from './sentences.ts'

/**
 * The facts a teacher calls an article's key ones, kept before lesser ones when a draft must leave some out: the figures
 * of its lead (the first paragraph's first sentence), the figures of what its headline is about (a word of the headline,
 * not its figures, in the figure's clause, among the three words before it or the two after it: «أن يبلغ العجز للعام
 * كاملاً نحو 79 مليار ريال» under «عجز الميزانية …», «87 شاحنة مساعدات» under «والمساعدات لا تكفي»), and the people and
 * bodies the lead names, and the article's main actor.
 */
export function keyFacts(
  headline: string | null | undefined,
  paragraphs: readonly Paragraph[],
  facts: readonly NumberFact[],
  sentences: readonly (readonly Span[])[],
  entities: readonly Entity[],
): (item: Composed) => boolean {
  const lead = sentences[0]?.[0]
  const inLead = (span: { paragraph: number; start: number }) => span.paragraph === 0 && lead !== undefined && span.start >= lead.start && span.start < lead.end
  // The headline's topic is in its common words: a name (`Skylark Air`, «الأهلي», `Somerset`) says who, not what.
  const names = contextStems(entities.flatMap((e) => [e.name, ...e.aliases]))
  const stems = new Set([...(headline ? contextStems([withoutFigures(headline)]) : [])].filter((s) => !names.has(s)))
  const aboutHeadline = (f: NumberFact) => {
    if (stems.size === 0) return false
    const text = paragraphs[f.paragraph]!.text
    const from = Math.max(f.sentence.start, f.clause.start)
    const to = Math.min(f.sentence.end, f.clause.end)
    const before = topicWords(text.slice(from, f.mention.start)).slice(-WORDS_BEFORE)
    const after = topicWords(text.slice(f.mention.end, to)).slice(0, WORDS_AFTER)
    return [...topicWords(f.counted), ...before, ...after].some((w) => sharesStem(w, stems))
  }
  const key = new Set<object>(facts.filter((f) => inLead({ paragraph: f.paragraph, start: f.mention.start }) || aboutHeadline(f)))
  const actor = mainActor(entities)
  return (item) => {
    if (item.about) return item.about === actor || (item.about as Entity).mentions.some(inLead)
    return key.has(item.asks[0]!)
  }
}

/**
 * The article's main actor: the person it names most often, twice at least and more than any other (the show's winner,
 * `Derek Hollis, 71, took first place` … `Hollis said`), else the body it names so; none when two are named as often.
 */
function mainActor(entities: readonly Entity[]): Entity | null {
  for (const kind of ['person', 'organisation'] as const) {
    const named = entities.filter((e) => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length)
    const [first, second] = named
    if (first && first.mentions.length >= 2) return second && second.mentions.length === first.mentions.length ? null : first
  }
  return null
}

const WORDS_BEFORE = 3
const WORDS_AFTER = 2
// Words before a figure that say nothing of what it counts: a bound, a hedge.
// Words before a figure that say nothing of what it counts (a bound, a hedge), and words of any sentence (a preposition,
// a particle): «يحصل الوصيف على مليوني دولار» is not under «يقلب الطاولة على الأهلي».
const NOT_TOPIC = new Set(
  (
    'اكثر اقل نحو حوالي قرابة علي الي في من عن مع بعد قبل خلال منذ حتي عند بين هذا هذه التي الذي الذين ' +
    'more than about over under some nearly almost and the for with from after before into its their this that which was were will has have said'
  ).split(' '),
)

/** A text's words that may say what a figure is of: folded, of three letters or more, no bound, hedge or frame. */
function topicWords(text: string): string[] {
  return foldLetters(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length >= 3 && !NOT_TOPIC.has(w) && !isFrameWord(w))
}

/** The headline without its figures and their units (`$38.4 billion`, «90 ألف»: no word of its topic). */
function withoutFigures(headline: string): string {
  const paragraph = parseArticle(headline).paragraphs[0]
  if (!paragraph) return headline
  let text = paragraph.text
  const spans = collectFacts([paragraph]).facts.map((f) => f.mention)
  for (const m of spans.sort((a, b) => b.start - a.start)) text = `${text.slice(0, m.start)} ${text.slice(m.end)}`
  return text
}
