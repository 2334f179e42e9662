import type { Lang } from './types.ts'

/**
 * The language of a text someone typed with no language of its own (an assignment's title, which a
 * teacher writes in either): `ar` when it has Arabic letters and no Latin ones, `en` the other way
 * round, else undefined (mixed or neither: it keeps the page's). So a screen reader reads an Arabic
 * title on an English page with an Arabic voice. Pure: the Worker's student page uses it too.
 */
export function textLang(text: string): Lang | undefined {
  // Letters only: digits (Arabic-Indic or Latin) and punctuation say nothing of the language.
  const arabic = /(?=\p{L})\p{Script=Arabic}/u.test(text)
  return arabic !== /\p{Script=Latin}/u.test(text) ? (arabic ? 'ar' : 'en') : undefined
}
