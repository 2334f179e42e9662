// A namespace import: bundlers shake it to what is used (the named `z` object pulls in every zod locale).
import * as z from './zod.ts'
import { parseArticle } from './article.ts'
import { missingStrings } from './localized.ts'
import { LANGS, QuizFile, type Article, type Lang, type Question } from './quiz-schema.ts'
import { type ContentFinding, formatPath, type ContentIssue } from './content-issue.ts'

/**
 * The content checks that read a quiz file's structure: the schema, ids, choices, the evidence's
 * place in the article, quotation marks. They load no lexicon (the checks that read numbers, units
 * and names are language-checks.ts), so the app Worker runs them itself; content-checks.ts runs both.
 */

/** The outcome of validating a quiz file: the parsed file when the schema accepted it. */
export type QuizValidation = {
  quiz: QuizFile | null
  article: Article
  issues: ContentIssue[]
}

type Finding = ContentFinding
type CheckInput = { file: unknown; quiz: QuizFile; article: Article }
type ContentCheck = (input: CheckInput) => Finding[]

/**
 * Checks that run once the schema accepted the file, in the order they report (CONTENT_CHECKS). Each
 * is small, named, and independent of the others (in the style of mdn/browser-compat-data's linters).
 */
export const STRUCTURE_CHECKS: Record<string, ContentCheck> = {
  'unknown-properties': ({ file }) => unknownProperties(file, QuizFile, []),
  'strings-in-quiz-language': ({ quiz }) => stringsInQuizLanguage(quiz),
  'duplicate-question-ids': ({ quiz }) => duplicates(quiz.questions.map((q, i) => [q.id, `questions[${i}].id`])),
  'duplicate-choice-ids': ({ quiz }) =>
    quiz.questions.flatMap((q, i) => ('choices' in q ? duplicates(q.choices.map((c, k) => [c.id, `questions[${i}].choices[${k}].id`])) : [])),
  'answer-choice-exists': ({ quiz }) => quiz.questions.flatMap(answerChoiceExists),
  'choice-texts-distinct': ({ quiz }) => quiz.questions.flatMap(choiceTextsDistinct),
  'answer-position-varies': ({ quiz }) => answerPositionVaries(quiz),
  'evidence-paragraph-exists': ({ quiz, article }) =>
    quiz.questions.flatMap((q, i) =>
      q.evidence.paragraph < article.paragraphs.length
        ? []
        : [
            {
              path: `questions[${i}].evidence.paragraph`,
              message: `paragraph ${q.evidence.paragraph} does not exist: the article has ${article.paragraphs.length} paragraphs (0 = lead, last = ${article.paragraphs.length - 1})`,
            },
          ],
    ),
  'evidence-quote-verbatim': ({ quiz, article }) => quiz.questions.flatMap((q, i) => quoteVerbatim(q, i, article)),
  'arabic-quotation-marks': ({ quiz }) => arabicQuotationMarks(quiz),
}

/**
 * Validates a quiz file against the schema, then runs the structure checks on it. When the schema
 * rejects the file only schema issues are reported: the other checks need a well-formed quiz.
 */
export function validateStructure(file: unknown, articleText: string, fileName: string): QuizValidation {
  const article = parseArticle(articleText)
  const parsed = QuizFile.safeParse(file)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      check: 'schema',
      file: fileName,
      path: formatPath(issue.path),
      message: issue.message,
    }))
    return { quiz: null, article, issues }
  }
  const input: CheckInput = { file, quiz: parsed.data, article }
  const issues = Object.entries(STRUCTURE_CHECKS).flatMap(([check, run]) => run(input).map((finding) => ({ check, file: fileName, ...finding })))
  return { quiz: parsed.data, article, issues }
}

// zod strips keys it does not know, so a misspelt optional field (`partialcredit`) would
// silently vanish; walk the file beside its schema and report them instead.
function unknownProperties(value: unknown, schema: z.core.$ZodType, path: PropertyKey[]): Finding[] {
  const def = schema._zod.def as z.core.$ZodTypeDef & { discriminator?: unknown }
  if (def.type === 'optional' || def.type === 'default') {
    return unknownProperties(value, (def as unknown as z.core.$ZodOptionalDef).innerType, path)
  }
  if (def.type === 'array' && Array.isArray(value)) {
    const { element } = def as unknown as z.core.$ZodArrayDef
    return value.flatMap((item, i) => unknownProperties(item, element, [...path, i]))
  }
  if (def.type === 'union' && typeof def.discriminator === 'string' && isRecord(value)) {
    const key = def.discriminator
    const options = (def as unknown as z.core.$ZodUnionDef).options
    const option = options.find((o) => o._zod.def.type === 'object' && z.safeParse((o._zod.def as z.core.$ZodObjectDef).shape[key]!, value[key]).success)
    return option ? unknownProperties(value, option, path) : []
  }
  if (def.type === 'object' && isRecord(value)) {
    const shape = (def as unknown as z.core.$ZodObjectDef).shape
    return Object.entries(value).flatMap(([key, child]): Finding[] =>
      shape[key]
        ? unknownProperties(child, shape[key], [...path, key])
        : [{ path: formatPath([...path, key]), message: `unknown property "${key}" (known here: ${Object.keys(shape).join(', ')})` }],
    )
  }
  return []
}

function duplicates(
  entries: Array<[key: string, path: string]>,
  describe = (key: string, firstPath: string) => `"${key}" is already used by ${firstPath}`,
): Finding[] {
  const first = new Map<string, string>()
  const findings: Finding[] = []
  for (const [key, path] of entries) {
    const seen = first.get(key)
    if (seen === undefined) first.set(key, path)
    else findings.push({ path, message: describe(key, seen) })
  }
  return findings
}

function answerChoiceExists(q: Question, i: number): Finding[] {
  if (q.type !== 'single' && q.type !== 'multiple') return []
  const ids = new Set(q.choices.map((c) => c.id))
  const known = [...ids].join(', ')
  if (q.type === 'single') {
    return ids.has(q.answer) ? [] : [{ path: `questions[${i}].answer`, message: `"${q.answer}" is not a choice id (choices: ${known})` }]
  }
  return q.answer.flatMap((key, k): Finding[] => {
    const path = `questions[${i}].answer[${k}]`
    if (!ids.has(key)) return [{ path, message: `"${key}" is not a choice id (choices: ${known})` }]
    if (q.answer.indexOf(key) !== k) return [{ path, message: `"${key}" is listed twice in the answer` }]
    return []
  })
}

const LANG_NAMES: Record<Lang, string> = { ar: 'Arabic', en: 'English' }

/** Every string in the quiz's own language; the other language is an optional translation. */
function stringsInQuizLanguage(quiz: QuizFile): Finding[] {
  const own = LANG_NAMES[quiz.lang]
  return missingStrings(quiz, quiz.lang).map((path) => ({
    path,
    message: `missing the ${own} text: the quiz is in ${own} (lang "${quiz.lang}"), so every string needs "${quiz.lang}"; other languages are optional`,
  }))
}

function choiceTextsDistinct(q: Question, i: number): Finding[] {
  if (q.type !== 'single' && q.type !== 'multiple') return []
  return LANGS.flatMap((lang) =>
    duplicates(
      // A choice without a translation has nothing to compare in that language.
      q.choices.flatMap((c, k): Array<[string, string]> => {
        const text = c.text[lang]
        return text === undefined ? [] : [[looseText(text), `questions[${i}].choices[${k}].text.${lang}`]]
      }),
      (_, firstPath) => `reads the same as ${firstPath}`,
    ),
  )
}

function quoteVerbatim(q: Question, i: number, article: Article): Finding[] {
  const { paragraph, quote } = q.evidence
  const target = article.paragraphs[paragraph]
  if (!target || target.text.includes(quote)) return []
  const path = `questions[${i}].evidence.quote`
  const elsewhere = article.paragraphs.find((p) => p.text.includes(quote))
  if (elsewhere) {
    return [{ path, message: `not in paragraph ${paragraph}, but found verbatim in paragraph ${elsewhere.index}` }]
  }
  if (target.heading?.includes(quote)) {
    return [{ path, message: `found in the heading of paragraph ${paragraph}; quote the paragraph text instead` }]
  }
  const loose = looseText(quote)
  const near = article.paragraphs.find((p) => looseText(p.text).includes(loose))
  if (near) {
    return [
      {
        path,
        message: `not verbatim: matches paragraph ${near.index} only when diacritics, quotation marks and spacing are ignored; copy the quote from the article`,
      },
    ]
  }
  return [{ path, message: `not found in paragraph ${paragraph} nor anywhere else in the article` }]
}

/** Text compared loosely: NFC, no Arabic diacritics or tatweel, one kind of quote mark, single spaces, lower case. */
function looseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[“”„«»"″]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Below this many single-choice questions a shared key position can be chance. */
const POSITION_CHECK_MIN = 3

/**
 * When every single-choice key sits at the same position, "always pick the first" scores full
 * marks: the choices are served in file order, so the file must vary them.
 */
function answerPositionVaries(quiz: QuizFile): Finding[] {
  const positions = quiz.questions.flatMap((q) => (q.type === 'single' ? [q.choices.findIndex((c) => c.id === q.answer)] : []))
  if (positions.length < POSITION_CHECK_MIN || new Set(positions).size > 1) return []
  return [
    {
      path: 'questions',
      message: `all ${positions.length} single-choice answers are choice ${positions[0]! + 1}: reorder the choices so the right one is not always in the same place`,
    },
  ]
}

// Double quotation marks other than « »: “ ” „ ‟ and the straight ".
const NON_ARABIC_QUOTES = /[“”„‟"]/u

/**
 * Arabic text quotes with « » only, not a mix with “ ” or ". Evidence quotes are copied verbatim
 * from the article and accepted answers are what readers type: neither is checked.
 */
function arabicQuotationMarks(quiz: QuizFile): Finding[] {
  const texts: Array<[path: string, text: string | undefined]> = [['title.ar', quiz.title.ar]]
  quiz.questions.forEach((q, i) => {
    texts.push([`questions[${i}].prompt.ar`, q.prompt.ar], [`questions[${i}].explanation.ar`, q.explanation.ar])
    if (q.type === 'single' || q.type === 'multiple') q.choices.forEach((c, k) => texts.push([`questions[${i}].choices[${k}].text.ar`, c.text.ar]))
  })
  return texts.flatMap(([path, text]) => {
    const mark = text === undefined ? null : NON_ARABIC_QUOTES.exec(text)
    return mark ? [{ path, message: `quotes with ${mark[0]}: Arabic text quotes with « » throughout` }] : []
  })
}
