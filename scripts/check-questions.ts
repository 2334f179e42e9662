import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkQuiz } from '../src/core/content-checks.ts'
import { formatIssue, type ContentIssue } from '../src/core/content-issue.ts'
import { QUIZ_SCHEMA_PATH, renderQuizSchema } from './write-quiz-schema.ts'

// Checks every quiz under questions/: schema and content checks (src/core/content-checks.ts),
// plus what only the repository can know: folder names, the catalog, the generated JSON Schema.

const root = fileURLToPath(new URL('..', import.meta.url))
const questionsDir = join(root, 'questions')
const catalogText = readFileSync(join(questionsDir, 'index.ts'), 'utf8')

const issues: ContentIssue[] = []
const report = (file: string, check: string, message: string, path = '') => issues.push({ check, file, path, message })

const folders = readdirSync(questionsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

let questionCount = 0
for (const folder of folders) {
  const fileName = `questions/${folder}/quiz.json`
  const quizPath = join(questionsDir, folder, 'quiz.json')
  if (!existsSync(quizPath)) {
    report(fileName, 'quiz-file', 'missing: every folder under questions/ holds one quiz')
    continue
  }
  let file: unknown
  try {
    file = JSON.parse(readFileSync(quizPath, 'utf8'))
  } catch (error) {
    report(fileName, 'json', (error as Error).message)
    continue
  }
  const record = typeof file === 'object' && file !== null ? (file as Record<string, unknown>) : {}
  if (Array.isArray(record.questions)) questionCount += record.questions.length

  if (record.id !== folder) report(fileName, 'id-matches-folder', `id must be the folder name "${folder}"`, 'id')
  const importPattern = new RegExp(`from\\s+['"]\\./${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/quiz\\.json['"]`)
  if (!importPattern.test(catalogText)) {
    report('questions/index.ts', 'catalog-registered', `quiz "${folder}" is not imported; add it to quizSources`)
  }

  const articleName = typeof record.article === 'string' ? record.article : 'article.ar.txt'
  const articlePath = join(questionsDir, folder, articleName)
  // A name with a slash is rejected by the schema check; do not read outside the folder.
  const articleText = !articleName.includes('/') && existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : null
  if (articleText === null) {
    report(fileName, 'article-file', `article file "${articleName}" not found beside quiz.json`, 'article')
    continue
  }
  issues.push(...checkQuiz(file, articleText, fileName))
}

const schemaOnDisk = existsSync(QUIZ_SCHEMA_PATH) ? readFileSync(QUIZ_SCHEMA_PATH, 'utf8') : null
if (schemaOnDisk !== renderQuizSchema()) {
  report(
    'questions/quiz.schema.json',
    'schema-up-to-date',
    `${schemaOnDisk === null ? 'missing' : 'out of date with src/core/quiz-schema.ts'}; run npm run schema:write`,
  )
}

for (const issue of issues) console.error(formatIssue(issue))
const summary = `${folders.length} quizzes, ${questionCount} questions`
if (issues.length > 0) {
  console.error(`${summary}: ${issues.length} issue${issues.length === 1 ? '' : 's'}`)
  process.exitCode = 1
} else {
  console.log(`${summary}: ok`)
}
