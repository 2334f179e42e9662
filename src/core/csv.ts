/**
 * CSV as spreadsheets expect it: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * semicolon, quote, CR or LF, quotes doubled), UTF-8 with a byte order mark so Excel reads Arabic correctly.
 */

export type CsvCell = string | number | boolean | null | undefined

export type CsvOptions = {
  /** Prefix the output with U+FEFF. Default true. */
  bom?: boolean
  /**
   * Neutralise spreadsheet formulas in text cells (see {@link guardFormulas}), so a student named
   * `=HYPERLINK(…)` stays text. Numbers are left alone. Default true.
   */
  guardFormulas?: boolean
}

/**
 * Where a spreadsheet may start a new cell inside a field: the comma of RFC 4180, the semicolon that
 * Excel and LibreOffice use in locales with a decimal comma (most of Europe, much of the Arab world),
 * tab, and line ends for importers that ignore quotes.
 */
const SEPARATOR = /[,;\t\r\n]/

/** The start of a part that a spreadsheet would run as a formula: `=`, `+`, `-` or `@`, after any spaces. */
const FORMULA_START = /^ *[=+\-@]/

/** A cell starting with a tab or CR: some spreadsheets drop it and read what follows. */
const CONTROL_START = /^[\t\r]/

/** Characters that make a field need quotes: RFC 4180's, plus `;` for semicolon locales. */
const NEEDS_QUOTES = /[",;\r\n]/

/**
 * Puts an apostrophe before every part of `text` that would start a formula: the text itself and
 * each part after a separator (`x;=1+2;` → `x;'=1+2;`), so a spreadsheet that splits on `;` or
 * ignores quotes still reads text; so does a cell starting with a tab or CR. The apostrophe is what spreadsheets use to mark text.
 */
export function guardFormulas(text: string): string {
  let out = CONTROL_START.test(text) ? "'" : ''
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SEPARATOR.test(text[i]!)) continue
    const part = text.slice(start, i)
    out += (FORMULA_START.test(part) ? "'" : '') + part + (i < text.length ? text[i] : '')
    start = i + 1
  }
  return out
}

/** Formats one cell: `null`/`undefined` become an empty field, numbers use their shortest form. */
export function csvCell(value: CsvCell, guard = true): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
  if (guard && typeof value === 'string') text = guardFormulas(text)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Serialises rows (the first is usually the header) to one CSV document ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const { bom = true, guardFormulas: guard = true } = options
  const body = rows.map((row) => row.map((cell) => csvCell(cell, guard)).join(',') + '\r\n').join('')
  return (bom ? '\uFEFF' : '') + body
}
