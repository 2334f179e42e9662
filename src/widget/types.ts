/** The shapes of the public API the widget reads (see the API contract in the README). */

export type Lang = 'ar' | 'en'
export type Dir = 'rtl' | 'ltr'
export type QuestionType = 'single' | 'multiple' | 'boolean' | 'numeric' | 'text'

export type Choice = { id: string; text: string }

export type Question = {
  id: string
  type: QuestionType
  skill: string
  points: number
  prompt: string
  choices?: Choice[]
  unit?: string
}

export type Paragraph = { index: number; heading: string | null; text: string }

export type Quiz = {
  id: string
  version: number
  lang: Lang
  dir: Dir
  title: string
  source: { name: string; url?: string; note?: string }
  article: { lang: Lang; dir: Dir; paragraphs: Paragraph[] }
  questions: Question[]
}

/** An answer as the grader takes it: choice id, choice ids, boolean, or free text. */
export type Answer = string | string[] | boolean

export type Result = {
  questionId: string
  answered: boolean
  correct?: boolean
  score?: number
  maxScore?: number
  parsed?: { kind: string; display: string } | null
  explanation?: string
  evidence?: { paragraph: number; quote: string }
  expected?: { display: string }
}

export type Grade = { score: number; maxScore: number; results: Result[] }

export type Assignment = {
  code: string
  title: string
  quizId: string
  maxAttempts: number | null
  shuffle: boolean
  status: 'open' | 'not-yet-open' | 'closed'
}

export type Attempt = Grade & {
  attemptNumber: number
  attemptsLeft: number | null
  revealed: boolean
}

export type Mode = 'one' | 'all'
export type Theme = 'auto' | 'light' | 'dark'

/** Options of `Fahm.mount(el, options)`; the element and script tag take the same as attributes. */
export type Options = {
  /** Quiz id, e.g. `kim-putin-beijing`. */
  quiz?: string
  /** Classroom assignment code: the quiz of that assignment, submitted once with a name. */
  assignment?: string
  /** UI and quiz language; defaults to the quiz's own language. */
  lang?: Lang
  /** `one-at-a-time` (default) or `all`. */
  mode?: Mode
  theme?: Theme
  /** Show the article beside the questions and highlight the evidence of each answer. */
  showArticle?: boolean
  /** Base URL of the fahm server; defaults to where widget.js was loaded from. */
  api?: string
  /** Nonce for a `<style>` element, for browsers without constructable stylesheets. */
  nonce?: string
}
