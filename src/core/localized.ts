import { LANGS, type Lang } from './langs.ts'
import type { Localized, Question, QuizFile } from './quiz-schema.ts'

/**
 * The languages of a quiz's strings. Every string (title, prompts, explanations, choice texts) is
 * written in the quiz's own language `lang`; the other language is an optional translation, string
 * by string. A quiz is served in another language only once every string has it (`quizLangs`), so a
 * reader never gets half a translation; anything else gets the quiz's own language, and says so.
 */

/** The parts of a quiz (file or loaded quiz) that hold strings. */
export type QuizStrings = Pick<QuizFile, 'lang' | 'title' | 'questions'>

/**
 * The string in `lang`; without it, in `fallback` (pass the quiz's own language, which every string
 * has); without that either, in the language it has. The one way to read a `Localized`.
 */
export function pickText(text: Localized, lang: Lang, fallback?: Lang): string {
  return text[lang] ?? (fallback && text[fallback]) ?? text.ar ?? text.en ?? ''
}

/** Every string of a quiz with its path in the quiz file (`title`, `questions[3].prompt`, …), in file order. */
export function* quizStrings(quiz: Pick<QuizFile, 'title' | 'questions'>): Generator<[path: string, text: Localized]> {
  yield ['title', quiz.title]
  yield* questionStrings(quiz.questions)
}

/** Every string of these questions (prompt, choice texts, explanation) with its path, `questions[i]` counting in this list. */
export function* questionStrings(questions: readonly Question[]): Generator<[path: string, text: Localized]> {
  for (const [i, q] of questions.entries()) {
    yield [`questions[${i}].prompt`, q.prompt]
    if ('choices' in q) for (const [k, c] of q.choices.entries()) yield [`questions[${i}].choices[${k}].text`, c.text]
    yield [`questions[${i}].explanation`, q.explanation]
  }
}

/** Paths of the strings lacking `lang`, e.g. `questions[3].prompt.en`; empty when every string has it. */
export function missingStrings(quiz: Pick<QuizFile, 'title' | 'questions'>, lang: Lang): string[] {
  const missing: string[] = []
  for (const [path, text] of quizStrings(quiz)) if (text[lang] === undefined) missing.push(`${path}.${lang}`)
  return missing
}

/** The languages every string of the quiz is written in: its own first, then any complete translation. */
export function quizLangs(quiz: QuizStrings): Lang[] {
  const others = LANGS.filter((lang) => lang !== quiz.lang && missingStrings(quiz, lang).length === 0)
  return [quiz.lang, ...others]
}

/**
 * The language a quiz is served in when `requested` is asked for, given the languages it has
 * (`quizLangs`, its own first): the requested one when the quiz has it whole, else its own.
 */
export function servedLang(langs: readonly Lang[], requested: Lang | undefined): Lang {
  return requested && langs.includes(requested) ? requested : langs[0]!
}

/**
 * Paths of the strings not yet translated when a translation is under way (some strings have the
 * other language, not all): the translation is served once this is empty. Empty for a quiz in one
 * language and for a complete translation.
 */
export function untranslatedStrings(quiz: QuizStrings): string[] {
  const total = [...quizStrings(quiz)].length
  return LANGS.filter((lang) => lang !== quiz.lang).flatMap((lang) => {
    const missing = missingStrings(quiz, lang)
    return missing.length > 0 && missing.length < total ? missing : []
  })
}

/** A quiz's title in the language asked for when the quiz is served in it, else in its own (as the widget shows it). */
export function quizTitle(quiz: QuizStrings, lang: Lang | undefined): string {
  return pickText(quiz.title, servedLang(quizLangs(quiz), lang), quiz.lang)
}
