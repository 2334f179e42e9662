import { parseArticle } from '../../src/core/article.ts'
import { contextStems, isFrameWord, sharesStem } from '../../src/core/context-words.ts'
import { collectFacts, type NumberFact } from '../../src/core/draft/facts.ts'
import type { Draft } from '../../src/core/draft/index.ts'
import { foldLetters } from '../../src/core/normalize.ts'

/**
 * The figures a teacher calls an article's key facts, and whether a draft asks them (the twenty-second review's measure,
 * docs/drafting.md): every figure its lead (the first paragraph's first sentence) states, and every figure elsewhere whose counted noun or
 * the three words before it or the two after it in its clause share a stem with a word of the headline (`87 شاحنة مساعدات` under «والمساعدات
 * لا تكفي», «أن يبلغ العجز للعام كاملاً نحو 79 مليار ريال» under «عجز الميزانية …»). A figure the draft notes (given away
 * by the headline, repeated, an opinion) is no figure to ask. A sentence stating key figures is missed when no question
 * asks any of them.
 */
export type KeyFigures = { atLimit: boolean; key: string[]; missed: string[] }

// Words before a number that say nothing of what it counts (a bound, a hedge).
const NOT_TOPIC = new Set(['اكثر', 'اقل', 'نحو', 'حوالي', 'قرابة', 'more', 'than', 'about', 'over', 'under', 'some', 'nearly', 'almost'])
const WORDS_BEFORE = 3
const WORDS_AFTER = 2

export function keyFiguresOf(draft: Draft): KeyFigures {
  const { quiz, notes } = draft
  const { paragraphs } = parseArticle(quiz.articleText)
  const found = collectFacts(paragraphs)
  const headline = Object.values(quiz.title)[0] as string
  // The headline's words but its figures (`$38.4 billion`: no word of a topic).
  const figures = collectFacts(parseArticle(headline).paragraphs)
  const heading = parseArticle(headline).paragraphs[0]?.text ?? headline
  let words = heading
  for (const f of [...figures.facts].sort((a, b) => b.mention.start - a.mention.start))
    words = words.slice(0, f.mention.start) + ' ' + words.slice(f.mention.end)
  const stems = contextStems([words])
  const plain = (text: string) =>
    foldLetters(text)
      .toLowerCase()
      .split(/[^\p{L}\p{M}]+/u)
      .filter((w) => w.length >= 3 && !NOT_TOPIC.has(w) && !isFrameWord(w))
  const mentionText = (f: NumberFact) => paragraphs[f.paragraph]!.text.slice(f.mention.start, f.mention.end)
  const noted = (f: NumberFact) =>
    notes.some((n) => n.paragraph === f.paragraph && n.quote !== undefined && n.code !== 'question-limit' && n.quote.includes(mentionText(f)))
  const aboutHeadline = (f: NumberFact) => {
    const text = paragraphs[f.paragraph]!.text
    const before = plain(text.slice(Math.max(f.sentence.start, f.clause.start), f.mention.start)).slice(-WORDS_BEFORE)
    const after = plain(text.slice(f.mention.end, Math.min(f.sentence.end, f.clause.end))).slice(0, WORDS_AFTER)
    return [...plain(f.counted), ...before, ...after].some((w) => sharesStem(w, stems))
  }
  // The lead: the first paragraph's first sentence.
  const inLead = (f: NumberFact) => f.paragraph === 0 && f.sentence.start === (found.sentences[0]?.[0]?.start ?? 0)
  const key = found.facts.filter((f) => f.parts === null && !noted(f) && (inLead(f) || aboutHeadline(f)))
  const asks = (f: NumberFact) =>
    quiz.questions.some((q) => {
      if (q.evidence.paragraph !== f.paragraph || !q.evidence.quote.includes(mentionText(f))) return false
      if (q.type === 'numeric') return q.answer.value === f.value
      return new RegExp(`-${String(Math.abs(f.value)).replace('.', '-')}(?:-|$)`, 'u').test(q.id)
    })
  const bySentence = new Map<string, NumberFact[]>()
  for (const f of key) {
    const at = `${f.paragraph}:${f.sentence.start}`
    bySentence.set(at, [...(bySentence.get(at) ?? []), f])
  }
  const missed = [...bySentence.values()].filter((facts) => !facts.some(asks)).flatMap((facts) => facts.map(mentionText))
  return { atLimit: notes.some((n) => n.code === 'question-limit'), key: key.map(mentionText), missed }
}
