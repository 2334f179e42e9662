import type { Answer, Grade, Lang, Result } from './types.ts'

/** A reader's progress through one quiz; kept in localStorage per quiz version. */
export type State = {
  answers: Record<string, Answer>
  /** Feedback from "Check", per question. */
  results: Record<string, Result>
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
  | { t: 'go'; i: number }
  | { t: 'final'; g: Grade; lang: Lang }
  | { t: 'reset' }
  | { t: 'load'; s: State }

export const initial: State = { answers: {}, results: {}, index: 0, final: null }

/** Whether an answer says anything: empty text and no ticked box count as unanswered. */
export function isAnswered(v: Answer | null | undefined): v is Answer {
  if (typeof v === 'string') return v.trim() !== ''
  if (Array.isArray(v)) return v.length > 0
  return typeof v === 'boolean'
}

export function reducer(s: State, a: Action): State {
  switch (a.t) {
    case 'answer': {
      const answers = { ...s.answers }
      if (isAnswered(a.v)) answers[a.id] = a.v
      else delete answers[a.id]
      // Feedback on an answer that changed since is stale.
      const { [a.id]: _, ...results } = s.results
      return { ...s, answers, results }
    }
    case 'result':
      return { ...s, results: { ...s.results, [a.r.questionId]: a.r }, lang: a.lang, last: a.r.questionId }
    case 'go':
      return { ...s, index: a.i }
    case 'final':
      return { ...s, final: a.g, lang: a.lang }
    case 'reset':
      return initial
    case 'load':
      return { ...initial, ...a.s }
  }
}

/** Toggles `id` in a multiple-choice answer, keeping the order the choices were ticked in. */
export function toggle(v: Answer | undefined, id: string, on: boolean): string[] {
  const ids = Array.isArray(v) ? v.filter((x) => x !== id) : []
  return on ? [...ids, id] : ids
}
