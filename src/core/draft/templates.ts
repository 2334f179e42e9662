import { excerptText, type Replacement } from './excerpt.ts'
import type { NumberFact } from './facts.ts'
import type { Span } from './sentences.ts'

/**
 * Questions in their own words, where the article's sentence has a shape that can be turned into
 * one without guessing at its grammar: "About 2,000 soldiers were killed" → "How many soldiers
 * were killed?", "The meeting lasted 2.5 hours" → "How long did the meeting last?", "استمر الاجتماع
 * ساعتين" → "كم استمر الاجتماع؟". Anything else stays a cloze item.
 */

/** A template reads the fact's clause, where `gap` is the number the question asks for and `masks` hide other answers. */
type Template = (fact: NumberFact, text: string, clause: Span, gap: Span, masks: Replacement[]) => string | null

/**
 * A clause may open on a connective that belongs to the sentence, not to the question: "so radio
 * signals took nine minutes", "and 2,000 homes were destroyed". The question drops it; a condition
 * or a time clause ("if the talks last two hours", "before the storm lasted …") is no fact to ask about.
 */
const CONNECTIVE_EN = /^(?:(?:and|but|so|yet|while|whereas|although|though|because|since|as|thus|hence|then|meanwhile|also|or)\b[,\s]*)+/iu
const CONDITION_EN = /^(?:if|unless|whether|when|whenever|before|after|until|once|even if)\b/iu
/** A clause's words without the connective it opens on, or null when it opens on a condition. */
function withoutConnectiveEn(words: string): string | null {
  const rest = words.replace(CONNECTIVE_EN, '')
  return CONDITION_EN.test(rest) ? null : rest
}

const DETERMINERS = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our)\s/u
const lowerDeterminer = (s: string) => s.replace(DETERMINERS, (d) => d.toLowerCase())
const HEDGE_EN = /^(?:about|around|approximately|roughly|nearly|almost|some|an estimated|estimated)\s+/iu

/** "About 2,000 North Korean soldiers fighting for Russia were killed" → "How many North Korean soldiers fighting for Russia were killed?" */
const howMany: Template = (fact, text, clause, gap, masks) => {
  if ((fact.unit !== 'person' && fact.unit !== 'count') || fact.mention.bound || fact.parts) return null
  const before = withoutConnectiveEn(text.slice(clause.start, gap.start).trim())
  // Nothing but a hedge before the number: `About one in four cats …` counts no cats (a ratio's four is no How-many).
  if (before === null || `${before} `.replace(HEDGE_EN, '').trim() !== '') return null
  let rest = excerptText(text, { start: gap.end, end: clause.end }, masks)
  // "homes were destroyed and … kilometres of roads were damaged": the question stops before the other answer.
  const hidden = rest.indexOf('…')
  if (hidden >= 0) {
    const cut = Math.max(rest.lastIndexOf(' and ', hidden), rest.lastIndexOf(', ', hidden))
    if (cut <= 0) return null
    rest = rest.slice(0, cut)
  }
  // "councillors voted against the closures and 18 in favour": the question stops before the number its ellipsis leaves bare.
  const bare = ELLIPTIC_NUMBER_EN.exec(rest)
  if (bare) rest = rest.slice(0, bare.index)
  const words = rest.split(/\s+/u)
  // A noun, then at least a verb and what follows it; not "2,000 of the soldiers", not a verb
  // right after the number ("22 expected the first cut …": the number was the subject).
  if (
    words.length < 3 ||
    /^(?:of|to|in|and|or|percent|per)\b/iu.test(rest) ||
    // No noun, or words that point back into the article: "1.2 million more may have it" asks "How many more may have it?".
    /^(?:more|fewer|less|others?|again|extra)\b/iu.test(rest) ||
    /\b(?:it|them|they|this|these|those|its|their)\b/iu.test(rest) ||
    /^(?:\w+ed|is|are|was|were|has|have|had|will|would|said|say|says|expect|expects)\b/iu.test(rest) ||
    !VERB_AFTER_SUBJECT.test(` ${rest} `)
  )
    return null
  return `How many ${rest}?`
}

// A number after `and` or a comma with no noun of its own, a preposition or a verb right after it (`and 18 in favour`,
// `, 7 abstained`): the clause before it has the question's noun and verb.
const ELLIPTIC_NUMBER_EN = /(?:,\s*|\s+(?:and|while|with)\s+)\p{N}[\p{N},.]*\s+(?:in|against|for|on|at|to|abstained|did|more|fewer|less)\b/iu

// A verb the subject clause goes on with: an auxiliary or a past tense.
const VERB_AFTER_SUBJECT =
  /\s(?:were|was|are|is|have|has|had|will|would|could|can|may|might|remain|remained|died|fled|live|lived|took|received|attended|joined|signed|voted|lost|won|scored|applied|arrived|left|returned|work|worked|[a-z]+ed)\s/u

const LASTED_EN = /^(.{3,80}?)\s+(lasted|took)(?:\s+(?:about|around|nearly|almost|some|roughly|more than|just over|just under))?\s*$/iu

/** "The meeting lasted 2.5 hours" → "How long did the meeting last?" */
const howLongEn: Template = (fact, text, clause, gap, masks) => {
  if (fact.kind !== 'time' || fact.mention.bound || fact.parts) return null
  const before = withoutConnectiveEn(excerptText(text, { start: clause.start, end: fact.mention.start }, masks).replace(/[,،]$/u, ''))
  const m = before?.match(LASTED_EN)
  // The subject must be a noun phrase, not a pronoun: "How long did which take?" asks nothing.
  if (!m || /[…]/u.test(m[1]!) || /^(?:which|that|who|what|it|this|they|he|she|we|i|you)$/iu.test(m[1]!.trim())) return null
  // A noun phrase, not a clause of its own (officials said the strike …, the talks, which …).
  if (/[,;:"“”]|\b(?:said|says|say|told|reported|announced|added|noted|that|which|who|when|where|if|is|are|was|were|has|have|had|will|would)\b/iu.test(m[1]!))
    return null
  if (m[2]!.toLowerCase() === 'lasted') return `How long did ${lowerDeterminer(m[1]!)} last?`
  // "took nearly nine minutes to reach the ground": what took that long goes into the question.
  const purpose = excerptText(text, { start: gap.end, end: clause.end }, masks)
    .match(/^to\s+[a-z][^…]*$/u)?.[0]
    .replace(/[.,;:]+$/u, '')
  return `How long did ${lowerDeterminer(m[1]!)} take${purpose ? ` ${purpose}` : ''}?`
}

const LASTED_AR = /^(?:و|ف)?(استمر|استمرت|دام|دامت|امتد|امتدت)$/u
const HEDGES_AR = new Set(['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'تقريبا', 'لمدة', 'مدة'])
// Particles a clause opens on (وإن الموسم الحالي استمر …، إذ استمرت …، لكن الاجتماع …): the question drops them.
const PARTICLE_AR = /^(?:و|ف)?(?:إن|أن|إنّ|أنّ|لكن|لكنّ|ولكن|إذ|إذا|حيث|كما|بينما|فيما|ثم|بل|قد|لقد|حتى|لأن|غير|أما|وقد|وكان|كان|كانت)$/u
const COMPLEMENTIZER_AR = /^(?:و|ف)?(?:إن|أن|إنّ|أنّ|إنه|أنه|إنها|أنها|لكن|لكنّ|إذ|حيث|بينما|فيما)$/u
// A condition or a time clause asks no fact: لو استمر …، عندما استمر …
const CONDITION_AR = /^(?:و|ف)?(?:لو|إن|إذا|عندما|حين|حينما|لما|قبل|بعد|منذ|ريثما|كلما)$/u

const RELATIVE_AR = /^(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|اللواتي|اللاتي|اللائي)$/u
const OWNED_BY_PRONOUN_AR = /^(?!ال)[\u0621-\u064A]{2,}(?:ه|ها|هم|هما)$/u

/** "الاجتماع بين كيم وبوتين استمر نحو ساعتين ونصف" or "استمر الاجتماع ساعتين" → "كم استمر الاجتماع بين كيم وبوتين؟" */
const howLongAr: Template = (fact, text, clause, _gap, masks) => {
  if (fact.kind !== 'time' || fact.mention.bound || fact.parts) return null
  const before = excerptText(text, { start: clause.start, end: fact.mention.start }, masks).split(/\s+/u).filter(Boolean)
  while (before.length > 0 && HEDGES_AR.has(before[before.length - 1]!.replace(/[\u064B-\u065F]/gu, ''))) before.pop()
  const verbAt = before.findIndex((w) => LASTED_AR.test(w.replace(/[\u064B-\u065F]/gu, '')))
  if (verbAt < 0 || before.some((w) => w.includes('…'))) return null
  const verb = before[verbAt]!.replace(/^(?:و|ف)(?=است|دا|امت)/u, '')
  // The subject: before the verb (الاجتماع … استمر) or after it (استمر الاجتماع …), a few words,
  // without the particles the clause opens on, nor the و of a definite first word (والاجتماع → الاجتماع).
  const bare = (w: string) => w.replace(/[\u064B-\u065F]/gu, '')
  let subject = verbAt > 0 ? before.slice(0, verbAt) : before.slice(verbAt + 1)
  // A reported clause (وقال المسؤول إن العاصفة استمرت …): its subject is after the last إن / أن.
  const reported = subject.findLastIndex((w) => COMPLEMENTIZER_AR.test(bare(w)))
  if (verbAt > 0 && reported >= 0) subject = subject.slice(reported + 1)
  // A condition or a time clause (لو استمرت …، عندما استمر …) states no fact.
  if (verbAt > 0 && subject.length > 0 && CONDITION_AR.test(bare(subject[0]!)) && !PARTICLE_AR.test(bare(subject[0]!))) return null
  while (subject.length > 0 && PARTICLE_AR.test(bare(subject[0]!))) subject.shift()
  if (subject.length > 0) subject[0] = subject[0]!.replace(/^(?:و|ف)(?=ال)/u, '')
  if (subject.length === 0 || subject.length > 8 || (verbAt > 0 && verbAt < before.length - 1)) return null
  // The subject must be a noun phrase that names what lasted: not one a relative clause hangs on (دورته … التي استمرت),
  // nor a noun owned by a pronoun (دورته: whose?).
  if (subject.some((w) => RELATIVE_AR.test(bare(w))) || OWNED_BY_PRONOUN_AR.test(bare(subject[0]!))) return null
  return `كم ${verb} ${subject.join(' ')}؟`
}

const TEMPLATES: Record<'ar' | 'en', Template[]> = { ar: [howLongAr], en: [howLongEn, howMany] }

/** A question in its own words about `fact`, asked from its clause, or null when a cloze is safer. */
export function questionFromTemplate(lang: 'ar' | 'en', fact: NumberFact, text: string, clause: Span, gap: Span, masks: Replacement[]): string | null {
  for (const template of TEMPLATES[lang]) {
    const question = template(fact, text, clause, gap, masks)
    if (question) return question
  }
  return null
}
