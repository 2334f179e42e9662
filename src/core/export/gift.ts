import { exactSpellings, unitHint } from '../describe.ts'
import { pickText, quizLangs, servedLang } from '../localized.ts'
import type { Lang, Question, Quiz } from '../quiz-schema.ts'

export type GiftOptions = {
  /** Language of the prompts, choices and feedback when the quiz has it (else, and by default, the quiz's own). */
  lang?: Lang
  /** Category the questions land in when imported; defaults to `fahm/<quizId>`. */
  category?: string
}

const DIR: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' }

/**
 * Serialises a quiz as Moodle GIFT text: a category line, the article as a Description item, then
 * one question per quiz question (answer keys included — exports are for editors and teachers).
 *
 * - single → multiple choice (`=right ~wrong`)
 * - multiple → multiple choice with weights: each right choice `100/n %`, each wrong choice
 *   `-100/n %` with partial credit, `-100 %` without (Moodle cannot express an exact-set rule; a
 *   wrong pick then voids the question, but a subset of the right picks still earns part)
 * - boolean → `{T}` / `{F}`
 * - numeric → `{#value:tolerance}` in the question's unit, named in the prompt; a date → short
 *   answer with its common spellings (`8 سبتمبر 2023`, `8 September 2023`, `8/9/2023`, `2023-09-08`),
 *   and so is a time in parts (`2:05:42`, `ساعتان و5 دقائق و42 ثانية`, `2 hours 5 minutes 42 seconds`)
 * - text → short answer with every accepted variant (Moodle matches them without our Arabic
 *   normalisation and typo tolerance)
 *
 * Every text is HTML-escaped (the items use `[html]`) and then GIFT-escaped.
 */
export function quizToGift(quiz: Quiz, options: GiftOptions = {}): string {
  const lang = servedLang(quizLangs(quiz), options.lang)
  const out: string[] = [
    `// fahm quiz ${quiz.id} version ${quiz.version} (${lang})`,
    `// ${oneLine(pickText(quiz.title, lang, quiz.lang))}`,
    `$CATEGORY: ${escapeGift(oneLine(options.category ?? `fahm/${quiz.id}`))}`,
    '',
    articleItem(quiz, lang),
  ]
  for (const question of quiz.questions) out.push('', questionItem(question, lang, quiz.lang))
  return out.join('\n') + '\n'
}

function articleItem(quiz: Quiz, lang: Lang): string {
  const body = quiz.article.paragraphs.map((p) => (p.heading ? `<h3>${html(p.heading)}</h3>` : '') + `<p>${html(p.text)}</p>`).join('')
  const source = quiz.source.url ? `<p><a href="${html(quiz.source.url)}">${html(quiz.source.name)}</a></p>` : `<p>${html(quiz.source.name)}</p>`
  // The article keeps its own direction: it is Arabic whatever language the prompts are in.
  const dir = DIR[quiz.lang]
  return `::${escapeGift(`${quiz.id}-article`)}::[html]${escapeGift(
    `<div dir="${dir}" lang="${quiz.lang}"><h2>${html(pickText(quiz.title, quiz.lang))}</h2>${body}${source}</div>`,
  )}`
}

function questionItem(question: Question, lang: Lang, fallback: Lang): string {
  let prompt = pickText(question.prompt, lang, fallback)
  // A time in parts is written with its units (2:05:42, ساعتان و5 دقائق): no "in hours" beside it.
  const inParts = question.type === 'numeric' && question.answer.unit !== 'date' && exactSpellings(question.answer.value, question.answer.unit)
  if (question.type === 'numeric' && !inParts) prompt += ` (${unitHint(question.answer.unit, lang)})`
  const head = `::${escapeGift(question.id)}::[html]${text(`<div dir="${DIR[lang]}" lang="${lang}">`, prompt, '</div>')}`
  const feedback = `####${text('', pickText(question.explanation, lang, fallback), '')}`

  switch (question.type) {
    case 'single': {
      const choices = question.choices.map((c) => `\t${c.id === question.answer ? '=' : '~'}${text('', pickText(c.text, lang, fallback), '')}`)
      return `${head} {\n${choices.join('\n')}\n\t${feedback}\n}`
    }
    case 'multiple': {
      const right = new Set(question.answer)
      const rightWeight = weight(100 / right.size)
      const wrongWeight = question.partialCredit ? weight(-100 / right.size) : '-100'
      const choices = question.choices.map((c) => `\t~%${right.has(c.id) ? rightWeight : wrongWeight}%${text('', pickText(c.text, lang, fallback), '')}`)
      return `${head} {\n${choices.join('\n')}\n\t${feedback}\n}`
    }
    case 'boolean':
      return `${head} {${question.answer ? 'T' : 'F'}${feedback}}`
    case 'numeric': {
      // A date or a time in parts (2:05:42) has no one number a student would type: a short answer with its spellings.
      const spellings = exactSpellings(question.answer.value, question.answer.unit)
      if (spellings) return shortAnswer(head, spellings, feedback)
      return `${head} {#${number(question.answer.value)}:${number(question.answer.tolerance)}${feedback}}`
    }
    case 'text':
      return shortAnswer(head, question.answer.accepted, feedback)
  }
}

function shortAnswer(head: string, accepted: readonly string[], feedback: string): string {
  return `${head} {\n${accepted.map((a) => `\t=${text('', a, '')}`).join('\n')}\n\t${feedback}\n}`
}

function text(before: string, value: string, after: string): string {
  return escapeGift(before + html(oneLine(value)) + after)
}

/** Moodle rounds weights to 5 decimals and matches them against its list (33.33333, 12.5, …). */
function weight(value: number): string {
  return String(Math.round(value * 100000) / 100000)
}

/** GIFT has no exponent syntax, so very large or small values are written out in full. */
function number(value: number): string {
  const plain = String(value)
  if (!plain.includes('e')) return plain
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

/** A blank line ends a GIFT item, so every text is kept on one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Escapes GIFT's control characters: `~ = # { } :` and the backslash itself. */
export function escapeGift(value: string): string {
  return value.replace(/[\\~=#{}:]/g, (ch) => `\\${ch}`)
}

function html(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}
