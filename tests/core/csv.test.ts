import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../src/core/csv.ts'

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF and quotes only where RFC 4180 requires', () => {
    const csv = toCsv([
      ['name', 'score'],
      ['سارة علي', 3],
      ['Doe, Jane', 2.5],
      ['say "hi"', null],
      ['two\nlines', true],
    ])
    expect(csv).toBe(
      '\uFEFFname,score\r\n' +
        'سارة علي,3\r\n' +
        '"Doe, Jane",2.5\r\n' +
        '"say ""hi""",\r\n' +
        '"two\nlines",true\r\n',
    )
  })

  it('omits the BOM on request', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n')
  })

  it('guards text cells that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-2)).toBe('-2')
    expect(csvCell('=1', false)).toBe('=1')
  })

  it('writes non-finite numbers and missing values as empty fields', () => {
    expect(toCsv([[Number.NaN, undefined, Infinity]], { bom: false })).toBe(',,\r\n')
  })
})
