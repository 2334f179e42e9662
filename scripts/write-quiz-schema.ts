import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { QuizFile } from '../src/core/quiz-schema.ts'

/** Where editors find the JSON Schema (`"$schema": "../quiz.schema.json"` in every quiz.json). */
export const QUIZ_SCHEMA_PATH = fileURLToPath(new URL('../questions/quiz.schema.json', import.meta.url))

/**
 * The JSON Schema of a quiz file as written by an editor, generated from the zod schema.
 * `io: 'input'` keeps fields with defaults (`version`, `points`, `tolerance`…) optional.
 */
export function renderQuizSchema(): string {
  const schema = z.toJSONSchema(QuizFile, { io: 'input' })
  return `${JSON.stringify({ ...schema, title: 'fahm quiz file' }, null, 2)}\n`
}

if (import.meta.main) {
  writeFileSync(QUIZ_SCHEMA_PATH, renderQuizSchema())
  console.log(`wrote ${QUIZ_SCHEMA_PATH}`)
}
