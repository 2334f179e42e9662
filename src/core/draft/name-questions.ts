import { predictableInPair } from './collocations.ts'
import { countryShortNamesOf, familyNameOf, firstAndLastOf, type Entity, type EntityMention } from './entities.ts'
import { tidySpan } from './excerpt.ts'
import { uniqueId } from './ids.ts'
import {
  excerptSpan,
  lazily,
  localized,
  masksIn,
  positionIn,
  quoted,
  quotedExcerpt,
  sentenceAt,
  shuffled,
  type Composed,
  type DraftContext,
  type HiddenSpan,
} from './kit.ts'
import { clauseSpans, type Span } from './sentences.ts'

/**
 * Questions about the people, places and organisations an article names: a sentence of the
 * article with the name blanked, answered in free text or by picking among the article's other
 * names of the same kind. Names the article repeats everywhere (the main actors) are not asked:
 * every other question would have to hide them.
 */

// A name the article gives more often than this is context, not a question.
const MAX_MENTIONS = 3
// Free text asks the reader to spell an organisation's full name: only people and places.
const FREE_TEXT_KINDS = new Set<Entity['kind']>(['person', 'place'])

type Asked = { entity: Entity; mention: EntityMention }

// A stadium's, a prize's or a cup's word (with a clitic or the article) right before a name: the name is that thing's
// (استاد القاهرة الدولي، جائزة لجنة التحكيم، كأس مصر).
const NAMED_THING_BEFORE = /(?:^|\s)[وفبل]?(?:ال)?(?:ملعب|استاد|ستاد|جائزة|كأس)\s+$/u

/** The mention a question about `entity` blanks: one whose clause holds no other mention of it, in a sentence of some length. */
function usableMention(ctx: DraftContext, entity: Entity, taken: readonly Span[][]): EntityMention | null {
  for (const m of entity.mentions) {
    const sentence = sentenceAt(ctx, m.paragraph, m.start)
    const text = ctx.paragraphs[m.paragraph]!.text
    if (text.slice(sentence.start, sentence.end).split(/\s+/u).length < 6) continue
    // A name naming the stadium, prize or cup before it is part of that name: a blank there is no question (استاد ____ الدولي،
    // جائزة ____ 60 ألف درهم), even where the city is where the stadium is.
    if (NAMED_THING_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue
    // One half of a fixed pair beside its other half (Europe and the ____, «أوروبا و____»): any reader fills it in.
    if (predictableInPair(text, m.start, m.end)) continue
    const clause = clauseSpans(text, sentence).find((c) => c.start <= m.start && m.start < c.end) ?? sentence
    const again = entity.mentions.some((o) => o !== m && o.paragraph === m.paragraph && o.start >= clause.start && o.end <= clause.end)
    const crowded = taken[m.paragraph]!.some((t) => t.start < sentence.end && sentence.start < t.end)
    if (!again && !crowded) return m
  }
  return null
}

// People are asked first, then places, then organisations (who did it is what a reader remembers).
const KIND_RANK: Record<Entity['kind'], number> = { person: 0, place: 1, organisation: 2 }

/**
 * The names to ask about: rarely repeated ones, one per sentence, at most `limit`, people first,
 * then places, then organisations, each in article order. Organisations only when two others can
 * serve as choices.
 */
export function chooseNames(ctx: DraftContext, entities: readonly Entity[], limit: number): Asked[] {
  const taken: Span[][] = ctx.paragraphs.map(() => [])
  const asked: Asked[] = []
  const candidates = entities
    .filter((e) => e.mentions.length <= MAX_MENTIONS)
    .filter((e) => FREE_TEXT_KINDS.has(e.kind) || distractorsOf(entities, e).length >= 2)
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.start - b.mentions[0]!.start)
  for (const entity of candidates) {
    if (asked.length >= limit) break
    const mention = usableMention(ctx, entity, taken)
    if (!mention) continue
    asked.push({ entity, mention })
    taken[mention.paragraph]!.push(sentenceAt(ctx, mention.paragraph, mention.start))
  }
  // An organisation is asked with choices only: not when the names asked and those beside it leave fewer than two.
  const free = (e: Entity) => !asked.some((a) => a.entity === e)
  const kept = asked.filter(
    ({ entity, mention }) =>
      FREE_TEXT_KINDS.has(entity.kind) ||
      distractorsOf(
        entities.filter((e) => e === entity || free(e)),
        entity,
        mention,
        sentenceAt(ctx, mention.paragraph, mention.start),
      ).length >= 2,
  )
  return kept.sort((a, b) => a.mention.paragraph - b.mention.paragraph || a.mention.start - b.mention.start)
}

/** Where the asked names stand: every mention of each, owned by its entity. */
export function hiddenNames(asked: readonly Asked[]): HiddenSpan[] {
  return asked.flatMap(({ entity }) => entity.mentions.map((m) => ({ ...m, owner: entity })))
}

/**
 * Other names of the same kind and sort, never another name of the same thing (a capital for its country),
 * nor one named in the same sentence as the answer (researchers from A, B and C: each is true).
 */
function distractorsOf(entities: readonly Entity[], entity: Entity, mention?: EntityMention, sentence?: Span): Entity[] {
  const names = new Set([entity.name, ...entity.aliases])
  const beside = (e: Entity) =>
    mention !== undefined &&
    sentence !== undefined &&
    e.mentions.some((m) => m.paragraph === mention.paragraph && m.start >= sentence.start && m.end <= sentence.end)
  return (
    entities
      .filter((e) => e !== entity && e.kind === entity.kind && !names.has(e.name))
      .filter((e) => !(entity.country !== null && e.country === entity.country))
      // Of the same sort: a country beside countries, a city beside cities, a king beside kings.
      .filter((e) => e.placeType === entity.placeType && e.royal === entity.royal)
      // A body beside bodies of its kind when its name says the kind: a council beside councils, not a hospital or a fund.
      .filter((e) => entity.kind !== 'organisation' || bodyKind(e.name) === bodyKind(entity.name))
      .filter((e) => !beside(e))
      .slice(0, 3)
  )
}

// The kinds of body a name may say it is, by a word of it (the first of them found): a wrong choice is of the same kind.
const BODY_KINDS: [kind: string, words: RegExp][] = [
  ['council', /\b(?:council|councils|municipality|borough)\b|(?:^|\s)(?:بلدية|مجلس بلدي|أمانة)/iu],
  ['health', /\b(?:hospital|clinic|infirmary|nhs)\b|(?:^|\s)(?:مستشفى|مستشفيات|مركز طبي)/iu],
  ['school', /\b(?:university|college|school|academy|institute)\b|(?:^|\s)(?:جامعة|كلية|مدرسة|أكاديمية|معهد)/iu],
  ['court', /\b(?:court|tribunal)\b|(?:^|\s)(?:محكمة|النيابة)/iu],
  ['money', /\b(?:fund|bank|trust|foundation)\b|(?:^|\s)(?:صندوق|بنك|مصرف|مؤسسة)/iu],
  ['ministry', /\b(?:ministry|department|government)\b|(?:^|\s)(?:وزارة|حكومة)/iu],
  ['company', /\b(?:company|group|holdings|airlines|airways|inc|ltd|plc)\b|(?:^|\s)(?:شركة|مجموعة)/iu],
  ['club', /\b(?:club|fc|united|city)\b|(?:^|\s)(?:نادي|منتخب)/iu],
]
/** The kind of body a name says it is, or null when its words do not say. */
export function bodyKind(name: string): string | null {
  return BODY_KINDS.find(([, words]) => words.test(name))?.[0] ?? null
}

// Words a name's clause needs beside the name to say something of it.
const NAME_CLAUSE_MIN_WORDS = 3

function evidenceOf(ctx: DraftContext, mention: EntityMention) {
  const text = ctx.paragraphs[mention.paragraph]!.text
  const sentence = sentenceAt(ctx, mention.paragraph, mention.start)
  const clause = clauseSpans(text, sentence).find((c) => c.start <= mention.start && mention.start < c.end) ?? sentence
  // A clause that is hardly more than the name (Chitwan National Park | , south-west of Kathmandu, | remains home …)
  // states nothing about it: its whole sentence is quoted.
  const wordsBeside = (text.slice(clause.start, mention.start) + ' ' + text.slice(mention.end, clause.end)).match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  const span = tidySpan(text, wordsBeside < NAME_CLAUSE_MIN_WORDS ? sentence : clause)
  return { paragraph: mention.paragraph, quote: text.slice(span.start, span.end) }
}

/** A name and its other usual spelling: عبد الله and عبدالله, أبو بكر and أبوبكر (one name either way). */
function spellings(name: string): string[] {
  const joined = name.replace(/(^|\s)(عبد|أبو)\s+(?=\p{L})/gu, '$1$2')
  const spaced = name.replace(/(^|\s)(عبد|أبو)(ال\p{L}+)/gu, '$1$2 $3')
  // The Arabic article of a family name in English, as readers write it: al-Sisi, el-Sisi, Sisi.
  const article = /(^|\s)[ae]l-(?=\p{Lu})/gu
  const articles = article.test(name) ? ['al-', 'el-', ''].map((a) => name.replace(article, `$1${a}`)) : []
  return [...new Set([name, joined, spaced, ...articles])]
}

const KIND_ID: Record<Entity['kind'], string> = { person: 'who', place: 'where', organisation: 'which-organisation' }

/** A question per asked name: free text for people and places (choices every third one), choices for organisations. */
export function nameQuestions(ctx: DraftContext, entities: readonly Entity[], asked: readonly Asked[]): Composed[] {
  return asked.map(({ entity, mention }, k) => {
    const sentence = sentenceAt(ctx, mention.paragraph, mention.start)
    // Another question's answer among the choices would give it away.
    const distractors = distractorsOf(
      entities.filter((e) => e === entity || !asked.some((x) => x.entity === e)),
      entity,
      mention,
      sentence,
    )
    const choice = distractors.length >= 2 && (!FREE_TEXT_KINDS.has(entity.kind) || k % 3 === 2)
    const id = uniqueId(ctx.ids, choice ? `choice-${KIND_ID[entity.kind]}-${k + 1}` : `${KIND_ID[entity.kind]}-${k + 1}`)
    const shown = () => {
      const span = excerptSpan(ctx, mention.paragraph, sentence, mention, [entity])
      const gap = { start: mention.start, end: mention.end, text: ctx.say.blank }
      // Other mentions of the same name in the excerpt would give it away: they are masked too.
      const repeats = entity.mentions
        .filter((m) => m !== mention && m.paragraph === mention.paragraph && m.start >= span.start && m.end <= span.end)
        .map((m) => ({ start: m.start, end: m.end, text: ctx.say.masked }))
      const cloze = quotedExcerpt(ctx, mention.paragraph, sentence, span, [gap, ...repeats, ...masksIn(ctx, mention.paragraph, span, [entity])])
      const evidence = evidenceOf(ctx, mention)
      const explanation = localized(ctx.lang, ctx.say.because(quoted(ctx, evidence.quote)))
      return { cloze, evidence, explanation }
    }
    const at = positionIn(mention.paragraph, mention.start)
    const inText = ctx.paragraphs[mention.paragraph]!.text.slice(mention.start, mention.end)
    // A name after ل whose article lost its alef (للوكالة الوطنية) is answered as the name is written (الوكالة الوطنية).
    const written = entity.name === `ا${inText}` ? entity.name : inText
    if (choice) {
      return lazily({ at, about: entity, asks: [entity] }, () => {
        const { cloze, evidence, explanation } = shown()
        const options = [entity, ...distractors].map((e, i) => ({ id: `n${i + 1}`, text: localized(ctx.lang, e === entity ? written : e.name) }))
        return {
          id,
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: localized(ctx.lang, ctx.say.pickName(cloze)),
          choices: shuffled(options, id),
          answer: 'n1',
          explanation,
          evidence,
        }
      })
    }
    return lazily({ at, about: entity, asks: [entity] }, () => {
      const { cloze, evidence, explanation } = shown()
      // The family name alone is the person too (Mazon for Carlos Mazon), unless another name of the article shares it.
      const family = familyNameOf(entity, entities, ctx.lang)
      // So are its first and last parts, of a name of three or more (عثمان النور for عثمان الطيب النور).
      const firstAndLast = firstAndLastOf(entity, entities, ctx.lang)
      // A country written with its head by its name alone too (عُمان for سلطنة عُمان).
      const accepted = [
        ...new Set(
          [
            written,
            entity.name,
            inText,
            ...entity.aliases,
            ...(family ? [family] : []),
            ...(firstAndLast ? [firstAndLast] : []),
            ...countryShortNamesOf(entity, ctx.lang),
          ].flatMap(spellings),
        ),
      ]
      return {
        id,
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: localized(ctx.lang, ctx.say.fillName(cloze)),
        answer: { accepted },
        explanation,
        evidence,
      }
    })
  })
}
