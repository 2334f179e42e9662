import { parseBooleanWord } from './boolean-words.ts'
import type { QuestionType } from './quiz-schema.ts'

/** An xAPI language map: RFC 5646 tag → text (`{ ar: '…', en: '…' }`). */
export type LanguageMap = Record<string, string>

export type XapiAgent = {
  objectType: 'Agent'
  name?: string
  mbox?: string
  account?: { homePage: string; name: string }
}

export type XapiStatement = {
  actor: XapiAgent
  verb: { id: string; display: LanguageMap }
  object: {
    objectType: 'Activity'
    id: string
    definition: {
      type: string
      name: LanguageMap
      description: LanguageMap
      interactionType: 'choice' | 'true-false' | 'numeric' | 'fill-in'
      choices?: { id: string; description: LanguageMap }[]
    }
  }
  result: {
    success: boolean
    completion: true
    /** Left out when the answer says nothing in the interaction's format (an unreadable number). */
    response?: string
    score: { raw: number; min: 0; max: number; scaled: number }
    /** The answer as the student wrote it, for a numeric interaction ({@link responseTextExtension}). */
    extensions?: Record<string, string>
  }
  context: {
    language?: string
    contextActivities: {
      parent: { objectType: 'Activity'; id: string; definition: { type: string; name: LanguageMap } }[]
    }
    extensions: Record<string, unknown>
  }
  timestamp: string
}

export const ANSWERED_VERB = 'http://adlnet.gov/expapi/verbs/answered'
const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction'
const ASSESSMENT_TYPE = 'http://adlnet.gov/expapi/activities/assessment'

export type AnsweredInput = {
  /** Absolute base of the activity ids, normally the fahm origin (`https://fahm.example`). */
  origin: string
  quizId: string
  /** Quiz version the answer was graded against, recorded as a context extension. */
  version?: number
  questionId: string
  type: QuestionType
  /** The question prompt per language; merge several languages to get a full map. */
  prompt: LanguageMap
  quizTitle?: LanguageMap
  choices?: { id: string; text: LanguageMap }[]
  /** The answer as the student gave it (choice id, ids, boolean, number or text). */
  answer: unknown
  /**
   * What the grader understood (the API's `Result.parsed`): a numeric answer's response is the
   * number it was read as, in the question's unit.
   */
  parsed?: AnswerEventDetail['parsed']
  result: { correct: boolean; score: number; maxScore: number }
  /** Who answered; an anonymous account on the origin when the host page does not know. */
  actor?: XapiAgent
  /** Language the student worked in (`context.language`). */
  lang?: string
  timestamp?: string
}

/** Arabic and English display of the verb, so an LRS can show either. */
const VERB_DISPLAY: LanguageMap = { ar: 'أجاب', en: 'answered', 'en-US': 'answered' }

/**
 * Builds an xAPI 1.0.3 `answered` statement for one graded answer: the question is a
 * cmi.interaction activity (`<origin>/v1/quizzes/<quizId>/questions/<questionId>`) with its prompt
 * as the name language map, the quiz is the parent activity, and the result carries success,
 * score and the response in the interaction's response format. No answer key is included
 * (`correctResponsesPattern` is left out on purpose: the host page never sees the keys).
 */
export function answeredStatement(input: AnsweredInput): XapiStatement {
  const origin = input.origin.replace(/\/+$/, '')
  const quizIri = `${origin}/v1/quizzes/${encodeURIComponent(input.quizId)}`
  const questionIri = `${quizIri}/questions/${encodeURIComponent(input.questionId)}`
  const interactionType = INTERACTION[input.type]
  const { score, maxScore, correct } = input.result
  const title = input.quizTitle ?? {}

  const definition: XapiStatement['object']['definition'] = {
    type: INTERACTION_TYPE,
    name: clean(input.prompt),
    description: describe(title, input.questionId),
    interactionType,
  }
  if (input.type === 'boolean') {
    // true-false interactions carry no choices; the response is "true" / "false".
  } else if (input.choices?.length) {
    definition.choices = input.choices.map((c) => ({ id: c.id, description: clean(c.text) }))
  }

  const extensions: Record<string, unknown> = {}
  if (input.version !== undefined) extensions[`${origin}/xapi/extensions/quiz-version`] = input.version

  const response = input.type === 'numeric' ? numericResponse(input.answer, input.parsed) : responseString(input.type, input.answer)
  const rawText = input.type === 'numeric' ? answerText(input.answer, input.parsed) : undefined

  return {
    actor: input.actor ?? { objectType: 'Agent', account: { homePage: origin, name: 'anonymous' } },
    verb: { id: ANSWERED_VERB, display: VERB_DISPLAY },
    object: { objectType: 'Activity', id: questionIri, definition },
    result: {
      success: correct,
      completion: true,
      ...(response !== undefined ? { response } : {}),
      score: { raw: score, min: 0, max: maxScore, scaled: maxScore > 0 ? round(score / maxScore) : 0 },
      ...(rawText ? { extensions: { [responseTextExtension(origin)]: rawText } } : {}),
    },
    context: {
      ...(input.lang ? { language: input.lang } : {}),
      contextActivities: {
        parent: [{ objectType: 'Activity', id: quizIri, definition: { type: ASSESSMENT_TYPE, name: clean(title) } }],
      },
      extensions,
    },
    timestamp: input.timestamp ?? new Date().toISOString(),
  }
}

const INTERACTION: Record<QuestionType, XapiStatement['object']['definition']['interactionType']> = {
  single: 'choice',
  multiple: 'choice',
  boolean: 'true-false',
  numeric: 'numeric',
  text: 'fill-in',
}

/** The `result.extensions` key of a numeric answer's text as the student wrote it («١٥٠ دقيقة»). */
export function responseTextExtension(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/xapi/extensions/response-text`
}

/**
 * A numeric interaction's response (xAPI 1.0.3: a number, or a `min[:]max` range): the number the
 * grader read the answer as, in the question's unit (`parsed.value`); else a JSON number, or text
 * that is a plain decimal number; else none (the text goes in the extension only).
 */
export function numericResponse(answer: unknown, parsed?: AnswerEventDetail['parsed']): string | undefined {
  if (parsed?.kind === 'number' && typeof parsed.value === 'number' && Number.isFinite(parsed.value)) return decimal(parsed.value)
  if (typeof answer === 'number' && Number.isFinite(answer)) return decimal(answer)
  if (typeof answer === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(answer)) return decimal(Number(answer))
  return undefined
}

/** The answer's text as written, when it was text. */
function answerText(answer: unknown, parsed?: AnswerEventDetail['parsed']): string | undefined {
  if (typeof answer === 'string' && answer.trim()) return answer
  const input = parsed?.kind === 'number' ? (parsed.input as { text?: unknown } | undefined) : undefined
  return typeof input?.text === 'string' && input.text.trim() ? input.text : undefined
}

/** A number in plain decimal notation (no exponent), as a numeric response is written. */
function decimal(value: number): string {
  if (Object.is(value, -0)) return '0'
  const text = String(value)
  if (!/e/i.test(text)) return text
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

/**
 * The response in the cmi.interaction format: choice ids joined by `[,]`, `true`/`false`, the
 * number as written, or the text (with `[,]` escaped so it stays one value).
 */
export function responseString(type: QuestionType, answer: unknown): string {
  if (answer === undefined || answer === null) return ''
  if (Array.isArray(answer)) return answer.map((a) => String(a)).join('[,]')
  if (type === 'boolean') {
    if (typeof answer === 'boolean') return String(answer)
    const text = String(answer).trim()
    const value = parseBooleanWord(text)
    return value === null ? text.toLowerCase() : String(value)
  }
  const text = typeof answer === 'string' ? answer : (JSON.stringify(answer) ?? '')
  return type === 'text' ? text.replaceAll('[,]', '[ ,]') : text
}

function describe(title: LanguageMap, questionId: string): LanguageMap {
  const out: LanguageMap = {}
  if (title.ar) out.ar = `سؤال «${questionId}» من «${title.ar}»`
  if (title.en) out.en = `Question "${questionId}" of "${title.en}"`
  if (!out.ar && !out.en) out.en = `Question "${questionId}"`
  return out
}

/** Drops empty entries: a language map must not hold empty strings for a language it lacks. */
function clean(map: LanguageMap): LanguageMap {
  const out: LanguageMap = {}
  for (const [lang, text] of Object.entries(map)) if (typeof text === 'string' && text.trim()) out[lang] = text
  return out
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}

/** The detail of the widget's `fahm:answer` event (fields beyond the first five are optional). */
export type AnswerEventDetail = {
  quizId: string
  questionId: string
  correct: boolean
  score: number
  /** What the grader understood (the API's `Result.parsed`), or null. */
  parsed: { kind: string; display?: string; [key: string]: unknown } | null
  maxScore?: number
  version?: number
  lang?: string
  answer?: unknown
}

/** The parts of a public quiz (`GET /v1/quizzes/:id?lang=`) the statement uses. */
export type QuizForStatements = {
  id: string
  version?: number
  /** The language of the strings (a quiz asked in a language it lacks answers in its own). */
  lang: string
  /** The languages the quiz has, its own first. */
  langs?: string[]
  title: string
  questions: { id: string; type: QuestionType; points?: number; prompt: string; choices?: { id: string; text: string }[] }[]
}

export type FromEventOptions = {
  origin: string
  /** The quiz in one or more languages: each adds its language to the name and description maps. */
  quizzes?: readonly QuizForStatements[]
  actor?: XapiAgent
  timestamp?: string
}

/**
 * Builds the `answered` statement for a `fahm:answer` event (or its `detail`). The event says
 * which question and how it was graded; the quizzes, when given, add the prompt, title and choices
 * per language (pass the quiz in each language it has, its `langs`, for full maps), the question
 * type and its points. Each quiz counts under the language it was served in (`lang`).
 */
export function statementFromEvent(event: { detail: unknown } | AnswerEventDetail, options: FromEventOptions): XapiStatement {
  const detail = ('detail' in event ? event.detail : event) as AnswerEventDetail
  if (!detail || typeof detail.quizId !== 'string' || typeof detail.questionId !== 'string') {
    throw new TypeError('not a fahm:answer event: detail.quizId and detail.questionId are required')
  }
  const quizzes = (options.quizzes ?? []).filter((q) => q.id === detail.quizId)
  const prompt: LanguageMap = {}
  const title: LanguageMap = {}
  const choiceText = new Map<string, LanguageMap>()
  let question: QuizForStatements['questions'][number] | undefined
  for (const quiz of quizzes) {
    const q = quiz.questions.find((item) => item.id === detail.questionId)
    title[quiz.lang] = quiz.title
    if (!q) continue
    question ??= q
    prompt[quiz.lang] = q.prompt
    for (const c of q.choices ?? []) choiceText.set(c.id, { ...choiceText.get(c.id), [quiz.lang]: c.text })
  }
  const parsed = detail.parsed
  const type = question?.type ?? typeFromParsed(parsed)
  const score = Number(detail.score) || 0
  const maxScore = detail.maxScore ?? question?.points ?? Math.max(1, score)
  return answeredStatement({
    origin: options.origin,
    quizId: detail.quizId,
    version: detail.version ?? quizzes[0]?.version,
    questionId: detail.questionId,
    type,
    prompt: Object.keys(prompt).length ? prompt : { en: detail.questionId },
    quizTitle: title,
    choices: [...choiceText].map(([id, text]) => ({ id, text })),
    answer: detail.answer !== undefined ? detail.answer : answerFromParsed(type, parsed),
    parsed,
    result: { correct: detail.correct === true, score, maxScore },
    actor: options.actor,
    lang: detail.lang,
    timestamp: options.timestamp,
  })
}

function typeFromParsed(parsed: AnswerEventDetail['parsed']): QuestionType {
  switch (parsed?.kind) {
    case 'number':
      return 'numeric'
    case 'boolean':
      return 'boolean'
    case 'choice':
      return Array.isArray(parsed.choiceIds) && parsed.choiceIds.length > 1 ? 'multiple' : 'single'
    default:
      return 'text'
  }
}

/** The answer as the grader read it, when the event does not carry the raw answer. */
function answerFromParsed(type: QuestionType, parsed: AnswerEventDetail['parsed']): unknown {
  if (!parsed) return undefined
  if (parsed.kind === 'choice' && Array.isArray(parsed.choiceIds)) return type === 'single' ? parsed.choiceIds[0] : parsed.choiceIds
  if (parsed.kind === 'boolean') return parsed.value
  if (parsed.kind === 'number') {
    const input = parsed.input as { text?: unknown } | undefined
    return typeof input?.text === 'string' ? input.text : parsed.value
  }
  if (parsed.kind === 'text') return typeof parsed.input === 'string' ? parsed.input : (parsed.normalized ?? parsed.display)
  return parsed.display
}
