import { validateQuiz } from '../core/content-checks.ts'
import { formatPath } from '../core/content-issue.ts'
import { QuizFile, type Lang } from '../core/quiz-schema.ts'
import { isPastedSource, pathKey, textLangs, type Content, type Path, type QuizBody } from './draft.ts'

/**
 * The content checks, run live on the quiz being edited: the very `validateQuiz` the API and
 * `npm run check:questions` run. Each problem is placed on the field it names (or the nearest
 * field that contains it), so the studio shows it there.
 */

/** What zod said about a schema problem, for a message in the reader's language. */
export type SchemaDetail = {
  code: string
  origin?: string
  minimum?: number
  maximum?: number
  format?: string
  expected?: string
}

export type StudioIssue = {
  /** The check that found it (`schema`, `evidence-quote-verbatim`, …). */
  check: string
  /** Where, as the checks name it: `questions[3].evidence.quote`. */
  path: string
  /** The check's English message (for developers; the studio shows its own words). */
  message: string
  /** The key of the field it shows on (see {@link fieldKeys}); '' for the quiz as a whole. */
  field: string
  schema?: SchemaDetail
}

/** The file name the checks report; the studio never shows it. */
const FILE = 'studio'

/** Every problem of the quiz being edited, placed on its field. */
export function liveIssues(content: Content): StudioIssue[] {
  const file = fileOf(content.quiz)
  const { issues } = validateQuiz(file, content.articleText, FILE)
  const details = new Map<string, SchemaDetail>()
  if (issues.some((i) => i.check === 'schema')) {
    const parsed = QuizFile.safeParse(file)
    for (const issue of parsed.error?.issues ?? []) {
      const key = formatPath(issue.path)
      if (details.has(key)) continue
      const raw = issue as unknown as Record<string, unknown>
      details.set(key, {
        code: issue.code,
        origin: str(raw.origin),
        minimum: num(raw.minimum),
        maximum: num(raw.maximum),
        format: str(raw.format),
        expected: str(raw.expected),
      })
    }
  }
  const fields = new Set(fieldKeys(content.quiz))
  const article = content.articleText.trim() ? [] : [{ check: 'schema', path: 'articleText', message: 'the article text is required', field: 'articleText' }]
  return [
    ...article,
    ...issues.map((i) => ({
      check: i.check,
      path: i.path,
      message: i.message,
      field: ownerField(i.path, fields),
      ...(i.check === 'schema' && details.has(i.path) ? { schema: details.get(i.path)! } : {}),
    })),
  ]
}

/** The quiz file the checks see: the body with the article file name the API fills in. */
export function fileOf(quiz: QuizBody): Record<string, unknown> {
  return { ...quiz, article: `article.${quiz.lang}.txt` }
}

/**
 * The keys of the fields the studio shows for a quiz, by the paths the checks use. A problem at
 * a deeper path (`questions[2].evidence.quote`) shows on the nearest of these above it.
 */
export function fieldKeys(quiz: QuizBody): string[] {
  const langs: Lang[] = textLangs(quiz)
  const text = (path: Path) => langs.map((l) => pathKey([...path, l]))
  const keys = ['', 'articleText', 'id', 'visibility', ...text(['title']), 'source.name', 'source.url', 'source.note', 'questions']
  quiz.questions.forEach((q, i) => {
    const at = (...rest: Path) => pathKey(['questions', i, ...rest])
    keys.push(
      at(),
      at('id'),
      at('type'),
      at('skill'),
      at('points'),
      ...text(['questions', i, 'prompt']),
      ...text(['questions', i, 'explanation']),
      at('evidence'),
      at('answer'),
    )
    if (q.type === 'single' || q.type === 'multiple') {
      keys.push(at('choices'))
      q.choices.forEach((_, k) => keys.push(...text(['questions', i, 'choices', k, 'text'])))
    }
    if (q.type === 'multiple') keys.push(at('partialCredit'))
    if (q.type === 'numeric') keys.push(at('answer', 'value'), at('answer', 'unit'), at('answer', 'tolerance'))
    if (q.type === 'text') {
      keys.push(at('answer', 'accepted'))
      q.answer.accepted.forEach((_, k) => keys.push(at('answer', 'accepted', k)))
    }
  })
  return keys
}

/** The field a problem at `path` shows on: the path itself or the nearest field above it. */
export function ownerField(path: string, fields: ReadonlySet<string>): string {
  let key = path
  while (key && !fields.has(key)) key = parentKey(key)
  return key
}

/** `questions[3].evidence.quote` → `questions[3].evidence` → `questions[3]` → `questions` → ''. */
function parentKey(key: string): string {
  const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['))
  return cut <= 0 ? '' : key.slice(0, cut)
}

/** A field key as an element id: `questions[3].prompt.ar` → `f-questions-3-prompt-ar`. */
export function fieldId(key: string): string {
  return 'f-' + (key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'quiz')
}

/** The index of the question a field key belongs to, or null. */
export function questionOf(key: string): number | null {
  const match = /^questions\[(\d+)\]/.exec(key)
  return match ? Number(match[1]) : null
}

/** Whether a field is one of the quiz's details (its title and source), shown in their own panel. */
export function isDetailsField(field: string): boolean {
  return /^(title|source)\b/.test(field)
}

/**
 * Whether the quiz's details need the editor's eye: a problem on them, or the source still the
 * drafter's stand-in for a pasted article. Complete, their panel starts folded, out of the questions' way.
 */
export function detailsNeedWork(quiz: QuizBody, issues: ReadonlyMap<string, readonly StudioIssue[]>): boolean {
  return isPastedSource(quiz.source.name) || [...issues].some(([field, list]) => isDetailsField(field) && list.length > 0)
}

/** Issues grouped by the field they show on. */
export function byField(issues: readonly StudioIssue[]): Map<string, StudioIssue[]> {
  const map = new Map<string, StudioIssue[]>()
  for (const issue of issues) {
    const list = map.get(issue.field)
    if (list) list.push(issue)
    else map.set(issue.field, [issue])
  }
  return map
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined)
