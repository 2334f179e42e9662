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
 * English "1 student", "5 students". `written` is `n` in the page's digits.
 */
export function studentCount(lang: 'ar' | 'en', n: number, written: string): string {
  if (lang === 'en') return `${written} ${n === 1 ? 'student' : 'students'}`
  if (n === 1) return 'طالب واحد'
  if (n === 2) return 'طالبان'
  const rest = n % 100
  if (rest >= 3 && rest <= 10) return `${written} طلاب`
  if (rest >= 11) return `${written} طالبًا`
  return `${written} طالب`
}
