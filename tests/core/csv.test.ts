import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, guardFormulas, toCsv } from '../../src/core/csv.ts'

/** RFC 4180 fields of one record (no line ends between records in these tests). */
function parseRecord(line: string): string[] {
  const fields: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (line[i] === '"') {
      i++
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (line[i] === '"') {
          i++
          break
        } else field += line[i++]
      }
    } else {
      while (i < line.length && line[i] !== ',') field += line[i++]
    }
    fields.push(field)
    if (i >= line.length) return fields
    i++ // the comma
  }
}

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF and quotes where RFC 4180 (or a `;` locale) requires', () => {
    const csv = toCsv([
      ['name', 'score'],
      ['سارة علي', 3],
      ['Doe, Jane', 2.5],
      ['say "hi"', null],
      ['two\nlines', true],
      ['a;b', 1],
    ])
    expect(csv).toBe('\uFEFFname,score\r\n' + 'سارة علي,3\r\n' + '"Doe, Jane",2.5\r\n' + '"say ""hi""",\r\n' + '"two\nlines",true\r\n' + '"a;b",1\r\n')
  })

  it('omits the BOM on request', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n')
  })

  it('writes non-finite numbers and missing values as empty fields', () => {
    expect(toCsv([[Number.NaN, undefined, Infinity]], { bom: false })).toBe(',,\r\n')
  })
})

describe('formula guard', () => {
  // [cell as given, field as written]
  const cases: [string, string][] = [
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+2', "'  =1+2"],
    // The case: a spreadsheet splitting on `;` would read `=1+2` as its own cell.
    ['x;=1+2;', `"x;'=1+2;"`],
    ['x; =1+2', `"x;' =1+2"`],
    ['a;b;@c;-d;+e', `"a;b;'@c;'-d;'+e"`],
    ['Doe,=cmd', `"Doe,'=cmd"`],
    ['line\n=1', `"line\n'=1"`],
    ['tab\t=1', "tab\t'=1"],
    ['\tstart', "'\tstart"],
    ['\r=1', `"'\r'=1"`],
    // Text that merely contains these characters past a part's start is left alone.
    ['1+2=3', '1+2=3'],
    ['e-mail@school', 'e-mail@school'],
    ['a; b', '"a; b"'],
    ['؛=1', '؛=1'],
    ['', ''],
  ]
  it.each(cases)('%j is written as %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('leaves numbers and booleans alone, and can be turned off', () => {
    expect(csvCell(-2)).toBe('-2')
    expect(csvCell(false)).toBe('false')
    expect(csvCell('=1', false)).toBe('=1')
    expect(toCsv([['x;=1']], { bom: false, guardFormulas: false })).toBe('"x;=1"\r\n')
  })

  const text = fc.string({ unit: fc.constantFrom('a', 'ب', ' ', ',', ';', '"', '=', '+', '-', '@', "'", '\t', '\r', '\n', '1'), maxLength: 24 })
  const separators = /[,;\t\r\n]/

  it('no part of a written cell, split by any separator, starts a formula, even with the quotes ignored', () => {
    fc.assert(
      fc.property(text, (value) => {
        const field = csvCell(value)
        const naive = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field
        for (const part of naive.split(separators)) expect(part).not.toMatch(/^ *[=+\-@]/)
        expect(naive).not.toMatch(/^[\t\r]/)
      }),
      { numRuns: 300 },
    )
  })

  it('a written cell reads back, through an RFC 4180 parser, as the text with only apostrophes added', () => {
    fc.assert(
      fc.property(text, (value) => {
        const [read, ...rest] = parseRecord(csvCell(value))
        expect(rest).toEqual([])
        expect(read!.replaceAll("'", '')).toBe(value.replaceAll("'", ''))
        // An apostrophe is added only where a part would start a formula.
        expect(read!.length - value.length).toBe(guardFormulas(value).length - value.length)
      }),
      { numRuns: 300 },
    )
  })

  it('a cell holding a separator or quote is always quoted', () => {
    fc.assert(
      fc.property(text, (value) => {
        const field = csvCell(value)
        if (/[",;\r\n]/.test(value)) expect(field).toMatch(/^".*"$/s)
        else expect(field.startsWith('"')).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})
