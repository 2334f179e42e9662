const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * The pasted names already on the class list, or pasted more than once (spacing and case aside),
 * each once and as pasted: often a paste made twice, though two students may share a name.
 */
export function repeatedNames(pasted: readonly string[], listed: readonly { name: string }[]): string[] {
  const seen = new Set(listed.map((s) => sameName(s.name)))
  const repeated = new Map<string, string>()
  for (const name of pasted) {
    const key = sameName(name)
    if (seen.has(key) && !repeated.has(key)) repeated.set(key, name)
    seen.add(key)
  }
  return [...repeated.values()]
}

/**
 * How many students the class list holds, worded as the language counts: Arabic «طالب واحد»,
 * «طالبان», «٥ طلاب» (3–10 take the plural), «١٥ طالبًا» (11–99 the accusative singular), «١٠٠ طالب»;
 * English "1 student", "5 students". `written` is `n` in the page's digits. After a preposition
 * (`genitive`, «من طالبين») the Arabic dual takes its genitive ending; the other forms stay.
 */
export function studentCount(lang: 'ar' | 'en', n: number, written: string, grammaticalCase: 'nominative' | 'genitive' = 'nominative'): string {
  if (lang === 'en') return `${written} ${n === 1 ? 'student' : 'students'}`
  if (n === 1) return 'طالب واحد'
  if (n === 2) return grammaticalCase === 'genitive' ? 'طالبين' : 'طالبان'
  const rest = n % 100
  if (rest >= 3 && rest <= 10) return `${written} طلاب`
  if (rest >= 11) return `${written} طالبًا`
  return `${written} طالب`
}

/**
 * "Submitted N of M": how many of the class list's `listed` students have `submitted`, counted as the
 * language counts (Arabic «سلّم ٣ من ٥ طلاب», «لم يسلّم أحد بعد من ١٢ طالبًا»; English "Submitted: 3
 * of 5 students"). `write` writes a number in the page's digits.
 */
export function submittedOf(lang: 'ar' | 'en', submitted: number, listed: number, write: (n: number) => string): string {
  const of = studentCount(lang, listed, write(listed), 'genitive')
  if (lang === 'en') return `Submitted: ${write(submitted)} of ${of}`
  return submitted === 0 ? `لم يسلّم أحد بعد من ${of}` : `سلّم ${write(submitted)} من ${of}`
}
