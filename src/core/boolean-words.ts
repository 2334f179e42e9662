import { normalizeText } from './normalize.ts'

/**
 * True/false answers written as words, in MSA, the dialects and English: what the grader accepts
 * for a boolean question and what an xAPI statement reports as `true` / `false`.
 */
const TRUE_WORDS = new Set(
  [
    ...['true', 'yes', 'yeah', 'yep', 'correct', 'right'],
    ...['صح', 'صحيح', 'صحيحة', 'نعم', 'صواب', 'بلى', 'أكيد'],
    // Egyptian and Gulf أيوه / ايوا, Egyptian آه, Levantine and Iraqi إي, Levantine and Egyptian مزبوط
    ...['أيوه', 'أيوة', 'ايوا', 'آه', 'إي', 'مزبوط', 'مظبوط'],
  ].map(normalizeText),
)
const FALSE_WORDS = new Set(
  [
    ...['false', 'no', 'nope', 'incorrect', 'wrong', 'not true', 'untrue', 'not correct'],
    ...['خطأ', 'خطا', 'خاطئ', 'خاطئة', 'خاطيء', 'خطاء', 'لا', 'غلط', 'غير صحيح', 'غير صحيحة', 'ليس صحيحًا', 'ليس صحيحا', 'ليس صحيح'],
    // Egyptian لأ / مش صح, Gulf مو صح
    ...['لأ', 'لاء', 'مش صح', 'مش صحيح', 'مو صح', 'مو صحيح'],
  ].map(normalizeText),
)

/** A boolean written as a word (صح، خطأ، true, نعم, أيوه …), or null. */
export function parseBooleanWord(text: string): boolean | null {
  const w = normalizeText(text)
  if (TRUE_WORDS.has(w)) return true
  if (FALSE_WORDS.has(w)) return false
  return null
}
