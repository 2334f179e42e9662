/**
 * Independent renderings of integers as Arabic and English words, with the spelling variants
 * students use, for property tests of the number reader. `pick` chooses among variants.
 */
export type Pick = (options: readonly string[]) => string

/** A deterministic `pick` driven by a list of choices (from fast-check). */
export function picker(choices: number[]): Pick {
  let i = 0
  return (options) => options[(choices[i++ % choices.length] ?? 0) % options.length]!
}

const AR_UNITS: Record<number, readonly string[]> = {
  1: ['واحد', 'واحدة'],
  2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'],
  3: ['ثلاثة', 'ثلاث'],
  4: ['أربعة', 'أربع', 'اربعة'],
  5: ['خمسة', 'خمس'],
  6: ['ستة', 'ست'],
  7: ['سبعة', 'سبع'],
  8: ['ثمانية', 'ثماني'],
  9: ['تسعة', 'تسع'],
  10: ['عشرة', 'عشر'],
}
const AR_TENS: Record<number, readonly string[]> = {
  2: ['عشرون', 'عشرين'],
  3: ['ثلاثون', 'ثلاثين'],
  4: ['أربعون', 'أربعين'],
  5: ['خمسون', 'خمسين'],
  6: ['ستون', 'ستين'],
  7: ['سبعون', 'سبعين'],
  8: ['ثمانون', 'ثمانين'],
  9: ['تسعون', 'تسعين'],
}
const AR_HUNDRED_STEMS = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع']
const AND = ['و', 'و '] as const

function arBelow100(n: number, pick: Pick): string {
  if (n <= 10) return pick(AR_UNITS[n]!)
  if (n === 11) return pick(['أحد عشر', 'إحدى عشرة', 'احد عشر'])
  if (n === 12) return pick(['اثنا عشر', 'اثني عشر', 'اثنتا عشرة'])
  if (n < 20) return `${pick(AR_UNITS[n - 10]!)} ${pick(['عشر', 'عشرة'])}`
  const u = n % 10
  const t = pick(AR_TENS[Math.floor(n / 10)]!)
  return u === 0 ? t : `${pick(AR_UNITS[u]!)} ${pick(AND)}${t}`
}

function arBelow1000(n: number, pick: Pick): string {
  const h = Math.floor(n / 100)
  const r = n % 100
  if (h === 0) return arBelow100(r, pick)
  const hundreds =
    h === 1 ? pick(['مائة', 'مئة']) : h === 2 ? pick(['مائتان', 'مئتان', 'مائتين', 'مئتين']) : `${AR_HUNDRED_STEMS[h]}${pick(['مائة', 'مئة', ' مائة', ' مئة'])}`
  return r === 0 ? hundreds : `${hundreds} ${pick(AND)}${arBelow100(r, pick)}`
}

/** 1 ≤ n ≤ 999 999 in Arabic words: تسعة آلاف وخمسمائة, ألفان, خمسة وعشرون ألفًا وثلاثمائة. */
export function arabicWords(n: number, pick: Pick): string {
  const k = Math.floor(n / 1000)
  const r = n % 1000
  let thousands = ''
  if (k === 1) thousands = 'ألف'
  else if (k === 2) thousands = pick(['ألفان', 'ألفين'])
  else if (k >= 3 && k <= 10) thousands = `${arBelow100(k, pick)} ${pick(['آلاف', 'الاف'])}`
  else if (k > 10) thousands = `${arBelow1000(k, pick)} ${k % 100 >= 3 && k % 100 <= 10 ? 'آلاف' : pick(['ألف', 'ألفًا'])}`
  if (r === 0) return thousands
  const rest = arBelow1000(r, pick)
  return thousands === '' ? rest : `${thousands} ${pick(AND)}${rest}`
}

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

function enBelow100(n: number, pick: Pick): string {
  if (n < 10) return EN_ONES[n]!
  if (n < 20) return EN_TEENS[n - 10]!
  const u = n % 10
  const t = EN_TENS[Math.floor(n / 10)]!
  return u === 0 ? t : `${t}${pick(['-', ' '])}${EN_ONES[u]}`
}

function enBelow1000(n: number, pick: Pick): string {
  const h = Math.floor(n / 100)
  const r = n % 100
  if (h === 0) return enBelow100(r, pick)
  const hundreds = h === 1 ? pick(['one hundred', 'a hundred']) : `${EN_ONES[h]} hundred`
  return r === 0 ? hundreds : `${hundreds}${pick([' and ', ' '])}${enBelow100(r, pick)}`
}

/** 1 ≤ n ≤ 999 999 in English words: nine thousand five hundred, twenty-five thousand and one. */
export function englishWords(n: number, pick: Pick): string {
  const k = Math.floor(n / 1000)
  const r = n % 1000
  const thousands = k === 0 ? '' : k === 1 ? pick(['one thousand', 'a thousand']) : `${enBelow1000(k, pick)} thousand`
  if (r === 0) return thousands
  const rest = enBelow1000(r, pick)
  return thousands === '' ? rest : `${thousands}${pick([' ', ' and '])}${rest}`
}
