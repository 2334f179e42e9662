// npm run build: writes src/worker/generated/served-catalog.ts, the catalog's quizzes (questions/) as
// readers are served them (src/worker/served-catalog.ts): each quiz's body, ETag and language for
// every language asked for, and its embed title, computed by the Worker's own code. wrangler runs it
// before every bundling (wrangler.toml's [build]: `wrangler dev` on a change, `wrangler deploy`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
export const SERVED_CATALOG_PATH = join(root, 'src/worker/generated/served-catalog.ts')

// questions/index.ts imports each quiz's JSON and article as wrangler bundles them: JSON, and text
// as a string (wrangler's default Text rule).
registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith('.txt')) {
      return { format: 'module', source: `export default ${JSON.stringify(readFileSync(fileURLToPath(url), 'utf8'))}`, shortCircuit: true }
    }
    if (url.endsWith('.json') && url.startsWith('file:')) return { format: 'json', source: readFileSync(fileURLToPath(url), 'utf8'), shortCircuit: true }
    return nextLoad(url, context)
  },
})

const { LANGS, isPublicQuiz } = await import('../src/core/quiz-schema.ts')
const { catalogQuizzes, servedQuiz } = await import('../src/worker/quiz-store.ts')
const { quizTitle } = await import('../src/core/localized.ts')
type ServedCatalogQuiz = import('../src/worker/served-catalog.ts').ServedCatalogQuiz
type AskedLang = import('../src/worker/served-catalog.ts').AskedLang

const asked: AskedLang[] = ['own', ...LANGS]
const langOf = (key: AskedLang) => (key === 'own' ? undefined : key)

const catalog: ServedCatalogQuiz[] = []
for (const quiz of await catalogQuizzes()) {
  const served = await Promise.all(asked.map(async (key) => [key, await servedQuiz(quiz, langOf(key))] as const))
  catalog.push({
    id: quiz.id,
    lang: quiz.lang,
    public: isPublicQuiz(quiz),
    servedLangs: Object.fromEntries(served.map(([key, { lang }]) => [key, lang])) as ServedCatalogQuiz['servedLangs'],
    served: Object.fromEntries(served.map(([, body]) => [body.lang, body])),
    titles: Object.fromEntries(asked.map((key) => [key, quizTitle(quiz, langOf(key))])) as ServedCatalogQuiz['titles'],
  })
}

const source = `// Written by scripts/build-served-catalog.ts (npm run build, and wrangler.toml's [build]) from questions/:
// do not edit; not committed.
import type { ServedCatalogQuiz } from '../served-catalog.ts'

export const SERVED_CATALOG: readonly ServedCatalogQuiz[] = ${JSON.stringify(catalog, null, 1)}
`
// Unchanged, the file is left alone: `wrangler dev` watches src/, and a write would be a change.
const unchanged = existsSync(SERVED_CATALOG_PATH) && readFileSync(SERVED_CATALOG_PATH, 'utf8') === source
if (!unchanged) {
  mkdirSync(dirname(SERVED_CATALOG_PATH), { recursive: true })
  writeFileSync(SERVED_CATALOG_PATH, source)
}
console.log(
  `served catalog: ${catalog.length} quiz${catalog.length === 1 ? '' : 'zes'}, ${asked.length} languages asked for each${unchanged ? ' (unchanged)' : ''}`,
)
