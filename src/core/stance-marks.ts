/**
 * The marks and emojis a reader types for a stance, as students do on a phone: a tick, a thumb up or 💯 agrees (✅,
 * `true 👍`, «صح 💯»), a cross or a thumb down disagrees (❌, `false 👎`). Any other emoji may say either (🤔 doubts,
 * 😂 may laugh at the statement or with it): beside a verdict it leaves it unreadable, as doubt does.
 */

const YES_MARKS = /[✓✔☑✅👍💯]/gu
const NO_MARKS = /[✗✘❌❎👎]/gu
// The multiplication sign is a cross only alone: beside words or figures it multiplies (`3×10`).
const TIMES = '×'
// What an emoji carries that is no mark of its own: a skin tone, the emoji presentation selector, a joiner.
const MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\uFE0F\uFE0E\u200D]/gu
const OTHER_EMOJI = /\p{Extended_Pictographic}/u
// Emojis of punctuation, read as the marks they draw (`صح❗`, `true‼` stress; `true❓` asks as `true?` does), and the signs
// of the symbol class that are no emoji a reader types for a stance.
const PUNCTUATION_EMOJI: Readonly<Record<string, string>> = { '❗': '!', '❕': '!', '‼': '!!', '❓': '?', '❔': '?', '⁉': '!?', '©': ' ', '®': ' ', '™': ' ' }
const PUNCTUATION_EMOJIS = new RegExp(`[${Object.keys(PUNCTUATION_EMOJI).join('')}]`, 'gu')

/** An answer's stance marks: which it holds, whether it holds another emoji, and its text without them. */
export type StanceMarks = { yes: boolean; no: boolean; other: boolean; text: string }

/** The stance marks of `answer`, or null when it holds no mark and no emoji. */
export function stanceMarks(answer: string): StanceMarks | null {
  const bare = answer.replace(MODIFIERS, '').replace(PUNCTUATION_EMOJIS, (c) => PUNCTUATION_EMOJI[c]!)
  if (bare.trim() === TIMES) return { yes: false, no: true, other: false, text: '' }
  const yes = bare.search(YES_MARKS) >= 0
  const no = bare.search(NO_MARKS) >= 0
  const text = bare.replace(YES_MARKS, ' ').replace(NO_MARKS, ' ')
  const other = OTHER_EMOJI.test(text)
  return yes || no || other ? { yes, no, other, text: text.trim() } : null
}

/**
 * A figure's or a name's answer beside the reader's tick (`32 km 👍`, «عجلون ✅», `92% 💯`): the answer without it; null
 * when a cross or a thumb down stands beside it (`32 km ❌` strikes the figure out), or a tick and a cross together.
 * Another emoji is left where it is, for the reader of the answer to judge.
 */
export function withoutAgreeingMarks(answer: string): string | null {
  const marks = stanceMarks(answer)
  if (marks === null || (!marks.yes && !marks.no)) return answer
  if (marks.no) return null
  return marks.text
}
