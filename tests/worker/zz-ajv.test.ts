import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { it, expect } from 'vitest'
it('ajv compiles in workerd', () => {
  const ajv = new Ajv2020({ strict: false })
  addFormats(ajv)
  const v = ajv.compile({ type: 'object', properties: { a: { type: 'string', format: 'uri' } } })
  expect(v({ a: 'http://x' })).toBe(true)
  expect(v({ a: 1 })).toBe(false)
})
