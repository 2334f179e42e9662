/**
 * The sounds a speaker makes while thinking, as a phone's speech-to-text writes them or a reader types them: `um`, `uh`,
 * `uhm`, `erm`, `hmm`, `mmm`, «اممم», «إممم», «ممم», «هممم», «آآآ» — and the spoken Arabic «يعني» ("I mean") opening an
 * answer. They say nothing about the answer, so a free answer is also read without them (`um 35 per cent`, «اممم ساعة
 * وربع», «يعني سعد القحطاني»). Only such sounds: «امم» (أمم, nations), «همم» (ambitions) and `er` are words too, and
 * «يعني» anywhere but first (`صح يعني`, "sort of true") is a hedge of its own. `um` and `umm` open places' names as well
 * (Umm Qasr, Um Al Quwain: «أم»), so in a name (`names`) they are kept: `Um Salal` is no `Salal`.
 */

// Each alternative is one whole word: m's and h's lengthened as people type them, never a word of the language.
const HESITATION = /^(?:u+m+|u+h+m*|e+r+m+|h+m{2,}|m{3,}|[اإأآ]?م{3,}|هم{3,}|[اآ]{3,})$/iu
const WORD_EDGE = /([\s,،.…!?؟:;]+)/u
const YAANI = 'يعني'
// The hesitations that are also a name's word: Um, Umm («أم»).
const NAME_WORD = /^umm?$/iu

/** True for a word that is only a hesitation (`um`, `erm`, «اممم»); in a name (`names`), not `um`, `umm`. */
export function isHesitation(word: string, names = false): boolean {
  return HESITATION.test(word) && !(names && NAME_WORD.test(word))
}

/**
 * `text` without its hesitations and an opening «يعني», or `text` itself when it holds none, or nothing else (`um`
 * alone stays `um`, which no grader reads). `names`: the text is a name, where `um`, `umm` are kept.
 */
export function withoutHesitations(text: string, names = false): string {
  const parts = text.split(WORD_EDGE)
  const words = parts.filter((p, i) => i % 2 === 0 && p !== '')
  if (!words.some((w) => isHesitation(w, names)) && words[0] !== YAANI) return text
  let kept = ''
  let opening = true
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!
    const edge = parts[i + 1] ?? ''
    if (word !== '' && (isHesitation(word, names) || (opening && word === YAANI))) continue // with the space or comma after it
    if (word !== '') opening = false
    kept += word + edge
  }
  return kept.trim() === '' ? text : kept.trim()
}
