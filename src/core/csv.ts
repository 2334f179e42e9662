/**
 * CSV as spreadsheets expect it: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * quote, CR or LF, quotes doubled), UTF-8 with a byte order mark so Excel reads Arabic correctly.
 */

export type CsvCell = string | number | boolean | null | undefined

export type CsvOptions = {
  /** Prefix the output with U+FEFF. Default true. */
  bom?: boolean
  /**
   * Neutralise spreadsheet formulas: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
   * leading apostrophe, so a student named `=HYPERLINK(…)` stays text. Numbers are left alone.
   * Default true.
   */
  guardFormulas?: boolean
}

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** Formats one cell: `null`/`undefined` become an empty field, numbers use their shortest form. */
export function csvCell(value: CsvCell, guardFormulas = true): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
  if (guardFormulas && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Serialises rows (the first is usually the header) to one CSV document ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const { bom = true, guardFormulas = true } = options
  const body = rows.map((row) => row.map((cell) => csvCell(cell, guardFormulas)).join(',') + '\r\n').join('')
  return (bom ? '\uFEFF' : '') + body
}
