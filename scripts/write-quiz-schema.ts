import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { LANGS, QuizFile, type Lang } from '../src/core/quiz-schema.ts'

/** Where editors find the JSON Schema (`"$schema": "../quiz.schema.json"` in every quiz.json). */
export const QUIZ_SCHEMA_PATH = fileURLToPath(new URL('../questions/quiz.schema.json', import.meta.url))

/**
 * What the content check `strings-in-quiz-language` requires, for editors that validate as you type:
 * when `lang` is L, the title, every prompt, explanation and choice text has L.
 */
function stringsInQuizLanguage(lang: Lang) {
  const has = { required: [lang] }
  return {
    if: { properties: { lang: { const: lang } }, required: ['lang'] },
    then: {
      properties: {
        title: has,
        questions: {
          items: { properties: { prompt: has, explanation: has, choices: { items: { properties: { text: has } } } } },
        },
      },
    },
  }
}

/**
 * The JSON Schema of a quiz file as written by an editor, generated from the zod schema.
 * `io: 'input'` keeps fields with defaults (`version`, `points`, `tolerance`…) optional.
 */
export function renderQuizSchema(): string {
  const schema = z.toJSONSchema(QuizFile, { io: 'input' })
  const full = { ...schema, title: 'fahm quiz file', allOf: LANGS.map(stringsInQuizLanguage) }
  return `${JSON.stringify(full, null, 2)}\n`
}

if (import.meta.main) {
  writeFileSync(QUIZ_SCHEMA_PATH, renderQuizSchema())
  console.log(`wrote ${QUIZ_SCHEMA_PATH}`)
}
