import { PHRASING } from '../core/draft/phrasing.ts'
import { missingStrings, quizStrings } from '../core/localized.ts'
import { findNumbers } from '../core/numbers.ts'
import { LANGS, type Evidence, type Lang, type Question, type QuestionType, type QuizFile } from '../core/quiz-schema.ts'

/**
 * The quiz being edited in the studio and every edit that can be made to it, as pure functions
 * over immutable values (undo and redo keep the values; see history.ts). The quiz may fail the
 * content checks while it is edited: the checks run on it live and name the fields to fix.
 */

/** The quiz file fields an editor writes (no `$schema`, article file name or version). */
export type QuizBody = Omit<QuizFile, '$schema' | 'article' | 'version'>

/** What undo and redo cover: the quiz and its article text. */
export type Content = { quiz: QuizBody; articleText: string }

/** Whether a source name is still the drafter's stand-in for an article pasted without one. */
export function isPastedSource(name: string): boolean {
  return Object.values(PHRASING).some((say) => say.pastedSource === name.trim())
}

/** A field's place in the quiz, as the content checks name it: `['questions', 3, 'prompt', 'ar']`. */
export type Path = ReadonlyArray<string | number>

export type Edit =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'add-question'; at: number; question: Question }
  | { kind: 'remove-question'; index: number }
  | { kind: 'move-question'; index: number; to: number }
  | { kind: 'duplicate-question'; index: number }
  | { kind: 'change-type'; index: number; type: QuestionType }
  | { kind: 'add-choice'; index: number }
  | { kind: 'remove-choice'; index: number; choice: number }
  | { kind: 'move-choice'; index: number; choice: number; to: number }
  | { kind: 'mark-correct'; index: number; choiceId: string; correct: boolean }
  | { kind: 'add-accepted'; index: number }
  | { kind: 'remove-accepted'; index: number; at: number }
  | { kind: 'set-evidence'; index: number; evidence: Evidence }
  | { kind: 'remove-translation'; lang: Lang }
  | { kind: 'set-article'; text: string }

/** Edits of one field (or of the article text) merge into one undo step while typing; structural edits never merge. */
export function editKey(edit: Edit): string | null {
  return edit.kind === 'set' ? pathKey(edit.path) : edit.kind === 'set-article' ? 'articleText' : null
}

/** `['questions', 3, 'prompt', 'ar']` → `questions[3].prompt.ar`, the content checks' notation. */
export function pathKey(path: Path): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key
  return out
}

export function applyEdit(content: Content, edit: Edit): Content {
  if (edit.kind === 'set-article') return edit.text === content.articleText ? content : { ...content, articleText: edit.text }
  const quiz = editQuiz(content.quiz, edit)
  return quiz === content.quiz ? content : { ...content, quiz }
}

function editQuiz(quiz: QuizBody, edit: Exclude<Edit, { kind: 'set-article' }>): QuizBody {
  const questions = quiz.questions
  const withQuestions = (next: Question[]): QuizBody => (next === questions ? quiz : { ...quiz, questions: next })
  const withQuestion = (index: number, change: (q: Question) => Question): QuizBody => {
    const q = questions[index]
    if (!q) return quiz
    const next = change(q)
    return next === q ? quiz : withQuestions(questions.map((item, i) => (i === index ? next : item)))
  }
  switch (edit.kind) {
    case 'set':
      return setIn(quiz, edit.path, edit.value)
    case 'add-question': {
      const taken = new Set(questions.map((q) => q.id))
      const question = { ...edit.question, id: uniqueId(edit.question.id, taken) }
      return withQuestions(insertAt(questions, clamp(edit.at, 0, questions.length), question))
    }
    case 'remove-question':
      return edit.index < questions.length ? withQuestions(questions.filter((_, i) => i !== edit.index)) : quiz
    case 'move-question':
      return withQuestions(move(questions, edit.index, edit.to))
    case 'duplicate-question': {
      const q = questions[edit.index]
      if (!q) return quiz
      const copy = { ...structuredClone(q), id: uniqueId(`${q.id}-copy`, new Set(questions.map((x) => x.id))) }
      return withQuestions(insertAt(questions, edit.index + 1, copy))
    }
    case 'change-type':
      return withQuestion(edit.index, (q) => changeType(q, edit.type, quiz))
    case 'add-choice':
      return withQuestion(edit.index, (q) => {
        if (q.type !== 'single' && q.type !== 'multiple') return q
        const taken = new Set(q.choices.map((c) => c.id))
        return { ...q, choices: [...q.choices, { id: uniqueId(`c${q.choices.length + 1}`, taken), text: blankText(quiz) }] }
      })
    case 'remove-choice':
      return withQuestion(edit.index, (q) => {
        if (q.type !== 'single' && q.type !== 'multiple') return q
        const gone = q.choices[edit.choice]
        if (!gone) return q
        const choices = q.choices.filter((_, i) => i !== edit.choice)
        if (q.type === 'multiple') return { ...q, choices, answer: q.answer.filter((id) => id !== gone.id) }
        // The key of a single-choice question always points at a choice: the first one when its own goes.
        return { ...q, choices, answer: q.answer === gone.id ? (choices[0]?.id ?? '') : q.answer }
      })
    case 'move-choice':
      return withQuestion(edit.index, (q) => (q.type === 'single' || q.type === 'multiple' ? { ...q, choices: move(q.choices, edit.choice, edit.to) } : q))
    case 'mark-correct':
      return withQuestion(edit.index, (q) => {
        if (q.type === 'single') return edit.correct ? { ...q, answer: edit.choiceId } : q
        if (q.type !== 'multiple') return q
        const others = q.answer.filter((id) => id !== edit.choiceId)
        // Keys in choice order, whatever order they were ticked in.
        const keys = edit.correct ? [...others, edit.choiceId] : others
        return { ...q, answer: q.choices.map((c) => c.id).filter((id) => keys.includes(id)) }
      })
    case 'add-accepted':
      return withQuestion(edit.index, (q) => (q.type === 'text' ? { ...q, answer: { accepted: [...q.answer.accepted, ''] } } : q))
    case 'remove-accepted':
      return withQuestion(edit.index, (q) => (q.type === 'text' ? { ...q, answer: { accepted: q.answer.accepted.filter((_, i) => i !== edit.at) } } : q))
    case 'set-evidence':
      return withQuestion(edit.index, (q) => ({ ...q, evidence: { paragraph: edit.evidence.paragraph, quote: edit.evidence.quote } }))
    case 'remove-translation':
      return removeTranslation(quiz, edit.lang)
  }
}

/** The languages the quiz's strings are written in: its own first, then a translation if any string has one. */
export function textLangs(quiz: QuizBody): Lang[] {
  const total = [...quizStrings(quiz)].length
  return [quiz.lang, ...LANGS.filter((l) => l !== quiz.lang && missingStrings(quiz, l).length < total)]
}

/** How many strings of the quiz lack `lang` (a translation is served once none does). */
export function missingTexts(quiz: QuizBody, lang: Lang): number {
  return missingStrings(quiz, lang).length
}

/** An empty string in the quiz's own language, for a new question or choice to fill in. */
export function blankText(quiz: QuizBody): Record<Lang, string> {
  return { [quiz.lang]: '' } as Record<Lang, string>
}

/** Removes a translation: every string in `lang` goes. The quiz's own language stays. */
function removeTranslation(quiz: QuizBody, lang: Lang): QuizBody {
  if (lang === quiz.lang || !textLangs(quiz).includes(lang)) return quiz
  const text = <T extends Partial<Record<Lang, string>>>(value: T): T => {
    const { [lang]: _, ...rest } = value
    return rest as T
  }
  return {
    ...quiz,
    title: text(quiz.title),
    questions: quiz.questions.map((q) => {
      const base = { ...q, prompt: text(q.prompt), explanation: text(q.explanation) }
      return 'choices' in base ? { ...base, choices: base.choices.map((c) => ({ ...c, text: text(c.text) })) } : base
    }) as Question[],
  }
}

/**
 * The question as another type, keeping what the types share (prompt, explanation, evidence,
 * points, skill; choices between single and multiple) and starting the key afresh otherwise.
 */
export function changeType(q: Question, type: QuestionType, quiz: QuizBody): Question {
  if (q.type === type) return q
  const { id, skill, prompt, explanation, evidence, points } = q
  const base = { id, skill, prompt, explanation, evidence, points }
  const choices =
    q.type === 'single' || q.type === 'multiple'
      ? q.choices
      : [
          { id: 'c1', text: blankText(quiz) },
          { id: 'c2', text: blankText(quiz) },
        ]
  const keys = q.type === 'single' ? [q.answer] : q.type === 'multiple' ? q.answer : []
  switch (type) {
    case 'single':
      return { ...base, type, choices, answer: keys[0] ?? choices[0]!.id }
    case 'multiple':
      return { ...base, type, choices, answer: keys.length > 0 ? keys : [choices[0]!.id], partialCredit: false }
    case 'boolean':
      return { ...base, type, answer: true }
    case 'numeric': {
      // The evidence usually states the number asked for: start from the first one it contains.
      const value = findNumbers(evidence.quote)[0] ?? 0
      return { ...base, type, answer: { value, unit: 'count', tolerance: 0 } }
    }
    case 'text':
      return { ...base, type, answer: { accepted: q.type === 'numeric' ? [String(q.answer.value)] : [] } }
  }
}

/**
 * A new question about a quote of the article ("ask about this"): numeric when the quote holds a
 * number (its first one is the key to check), otherwise a text question; prompt and key to write.
 */
export function questionAbout(quiz: QuizBody, evidence: Evidence): Question {
  const base = {
    id: `q${quiz.questions.length + 1}`,
    skill: 'recall' as const,
    prompt: blankText(quiz),
    explanation: blankText(quiz),
    evidence,
    points: 1,
  }
  const value = findNumbers(evidence.quote)[0]
  return value !== undefined
    ? { ...base, type: 'numeric', answer: { value, unit: 'count', tolerance: 0 } }
    : { ...base, type: 'text', answer: { accepted: [] } }
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/** A copy of `value` with `path` set to `next`; the same object when nothing changes. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T
  const [head, ...rest] = path
  if (Array.isArray(value) && typeof head === 'number') {
    if (head < 0 || head > value.length) return value
    const child = setIn(value[head], rest, next)
    if (child === value[head] && head < value.length) return value
    const copy = value.slice()
    copy[head] = child
    return copy as T
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const key = String(head)
  const child = setIn(record[key], rest, next)
  if (child === record[key] && key in record) return value
  if (child === undefined) {
    const { [key]: _, ...others } = record
    return others as T
  }
  return { ...record, [key]: child } as T
}

/** The value at `path`, or undefined. */
export function getIn(value: unknown, path: Path): unknown {
  let at = value
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined
    at = (at as Record<string | number, unknown>)[key]
  }
  return at
}

function insertAt<T>(items: readonly T[], at: number, item: T): T[] {
  return [...items.slice(0, at), item, ...items.slice(at)]
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return items as T[]
  const next = items.filter((_, i) => i !== from)
  return insertAt(next, to, items[from]!)
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n))
}
