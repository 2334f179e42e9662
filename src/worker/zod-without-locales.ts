/**
 * The `zod` of the Worker's bundle (wrangler.toml's `[alias]`; the worker tests alias it too):
 * zod's classic API, the very modules `import { z } from 'zod'` loads, without what the Worker never
 * calls.
 *
 * `@hono/zod-openapi` hands the whole `z` namespace to zod-to-openapi, so a bundler cannot drop any
 * member of it: the real one brings zod's 60 locales (400 KiB), `fromJSONSchema`, `toJSONSchema` and
 * the JIT compiler into the Worker, half of its bundle, which workerd parses at every cold start.
 * Error messages stay zod's English ones (classic/schemas.js registers its `en` locale itself).
 *
 * Types still come from the real package. tests/core/zod-without-locales.test.ts checks that every
 * other export of zod is here, the same object.
 */
import * as z from './zod-without-locales.ts'

export * from '../../node_modules/zod/v4/classic/schemas.js'
export * from '../../node_modules/zod/v4/classic/checks.js'
export * from '../../node_modules/zod/v4/classic/errors.js'
export * from '../../node_modules/zod/v4/classic/parse.js'
export * from '../../node_modules/zod/v4/classic/compat.js'
export {
  $brand,
  $input,
  $output,
  clone,
  config,
  flattenError,
  formatError,
  getDiscriminatedOption,
  globalRegistry,
  INVALID,
  memoizer,
  NEVER,
  prettifyError,
  regexes,
  registry,
  TimePrecision,
  toZod,
  treeifyError,
  util,
} from '../../node_modules/zod/v4/core/index.js'
export { deepPartial } from '../../node_modules/zod/v4/classic/deep-partial.js'
export { input, output } from '../../node_modules/zod/v4/classic/in-out.js'
export { ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime } from '../../node_modules/zod/v4/classic/iso.js'
export * as iso from '../../node_modules/zod/v4/classic/iso.js'
export * as coerce from '../../node_modules/zod/v4/classic/coerce.js'
export { z, z as default }
