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
