// npm run build (scripts/build-openapi-document.ts): src/core/zod.ts as the build loads the routes,
// zod's classic API under zod/mini's names, so that zod-to-openapi, which reads classic schemas, can
// document the very schemas the Worker validates with. A schema written with zod/mini's functions is
// built by the classic methods they stand for (`z.optional(s)` is `s.optional()`), the methods
// zod-to-openapi extends to carry a schema's metadata to what wraps it.
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

extendZodWithOpenApi(z)

export * from 'zod'

type Schema = z.ZodType & Record<string, (...args: unknown[]) => z.ZodType>
const method =
  (name: string) =>
  (schema: Schema, ...args: unknown[]) =>
    schema[name]!(...args)

export const optional = method('optional')
export const nullable = method('nullable')
export const nullish = method('nullish')
export const _default = method('default')
const catchValue = method('catch')
export { catchValue as catch }
export const extend = method('extend')
export const omit = method('omit')
export const pick = method('pick')
export const partial = method('partial')
