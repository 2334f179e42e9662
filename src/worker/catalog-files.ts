import type { QuizSource } from '../../questions/index.ts'
import { gunzipBase64 } from './gzip.ts'
import { lazyModule } from './lazy-modules.ts'

/**
 * The catalog's files (questions/: each quiz's file and article) as the app has them: written by the
 * build from questions/index.ts (scripts/build-served-catalog.ts) as gzipped JSON, read on first use.
 * As imported modules they were a sixth of the app's bundle, its largest part after the OpenAPI
 * document, and the bundle escapes their Arabic letters six bytes each; only the store and the
 * editor read them, never the ping or a class's routes.
 */
export const catalogFiles = lazyModule(async (): Promise<readonly QuizSource[]> => {
  const { CATALOG_FILES_GZIP_BASE64 } = await import('./generated/catalog-files.ts')
  return JSON.parse(await gunzipBase64(CATALOG_FILES_GZIP_BASE64)) as QuizSource[]
})
