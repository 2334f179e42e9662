import type { Answer, Grade, Lang, Result } from './types.ts'

/** A reader's progress through one quiz; kept in localStorage per quiz version. */
export type State = {
  answers: Record<string, Answer>
  /** Feedback from "Check" on the answer shown now, per question (practice included). */
  results: Record<string, Result>
  /**
   * News mode: the result of each question's first check. The score counts these: a checked answer
   * is locked, and trying again afterwards is practice.
   */
  firstTries: Record<string, Result>
  /** The question shown in one-at-a-time mode. */
  index: number
  /** The graded quiz once finished. */
  final: Grade | null
  /** Language the results' display strings are in. */
  lang?: Lang
  /** The question checked last: its evidence is highlighted in the article. */
  last?: string
  /** Classroom: the display name, the attempt's Idempotency-Key and start time, the submit receipt. */
  name?: string
  idem?: string
  started?: string
  sent?: { revealed: boolean; left: number | null }
  /** Classroom with a roster: the personal code as typed, the name it belongs to, and that name once confirmed. */
  code?: string
  found?: string
  who?: string
  /** Classroom: ask "is this you?" before showing a previous student's work on this browser. */
  ask?: boolean
  /** Classroom: a new attempt by the same student ("Try again"), said above the questions. */
  again?: boolean
}

export type Action =
  | { t: 'answer'; id: string; v: Answer | null }
  | { t: 'result'; r: Result; lang: Lang }
  /** Unlocks a checked answer for practice; its first try keeps counting. */
  | { t: 'practice'; id: string }
  | { t: 'go'; i: number }
  | { t: 'final'; g: Grade; lang: Lang }
  | { t: 'reset' }
  | { t: 'load'; s: State }

export const initial: State = { answers: {}, results: {}, firstTries: {}, index: 0, final: null }

/** Whether an answer says anything: empty text and no ticked box count as unanswered. */
export function isAnswered(value: Answer | null | undefined): value is Answer {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return typeof value === 'boolean'
}

/** Own keys only: a question id such as `constructor` must not read Object.prototype. */
export const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined)

export function reducer(state: State, action: Action): State {
  switch (action.t) {
    case 'answer': {
      const answers = { ...state.answers }
      if (isAnswered(action.v)) answers[action.id] = action.v
      else delete answers[action.id]
      // Feedback on an answer that changed since is stale.
      const { [action.id]: _stale, ...results } = state.results
      return { ...state, answers, results }
    }
    case 'result': {
      const id = action.r.questionId
      const firstTries = own(state.firstTries, id) ? state.firstTries : { ...state.firstTries, [id]: action.r }
      return { ...state, results: { ...state.results, [id]: action.r }, firstTries, lang: action.lang, last: id }
    }
    case 'practice': {
      const { [action.id]: _done, ...results } = state.results
      return { ...state, results }
    }
    case 'go':
      return { ...state, index: action.i }
    case 'final':
      return { ...state, final: action.g, lang: action.lang }
    case 'reset':
      return initial
    case 'load':
      return { ...initial, ...action.s }
  }
}

/**
 * The news-mode grade: each question's first check where there was one, else the grader's result
 * for the answer given at the end; the score is their sum.
 */
export function firstTryGrade(graded: Grade, firstTries: Record<string, Result>): Grade {
  const results = graded.results.map((result) => own(firstTries, result.questionId) ?? result)
  const score = results.reduce((sum, result) => sum + (result.score ?? 0), 0)
  return { score, maxScore: graded.maxScore, results }
}

/** Toggles `id` in a multiple-choice answer, keeping the order the choices were ticked in. */
export function toggle(value: Answer | undefined, id: string, on: boolean): string[] {
  const ids = Array.isArray(value) ? value.filter((x) => x !== id) : []
  return on ? [...ids, id] : ids
}
