/** The shapes of the public API the widget reads (see the API contract in the README). */

import type { Api } from './api.ts'

import type { PublicAssignment } from '../core/assignment.ts'
import type { PublicChoice, PublicQuestion, PublicQuiz } from '../core/public-quiz.ts'
import type { Lang, QuestionType } from '../core/quiz-schema.ts'
import type { HiddenResult, RevealedResult } from '../core/answer-feedback.ts'

// Type-only imports: esbuild erases them, so the widget bundle carries none of src/core.
export type { Dir } from '../core/public-quiz.ts'
export type { Lang, QuestionType }

export type Choice = PublicChoice
export type Question = PublicQuestion
export type Quiz = PublicQuiz
export type Paragraph = PublicQuiz['article']['paragraphs'][number]

/** An answer as the grader takes it: choice id, choice ids, boolean, or free text. */
export type Answer = string | string[] | boolean

/**
 * A result as the widget reads it: always `{ questionId, answered }`, the rest only when the answer
 * key is revealed (a classroom attempt may hide it), so every revealed field is optional here.
 */
export type Result = HiddenResult & Partial<RevealedResult>

export type Grade = { score: number; maxScore: number; results: Result[] }

export type Assignment = PublicAssignment

export type Attempt = Omit<Grade, 'score'> & {
  /** Null while the assignment hides answers: nothing that depends on correctness reaches the student. */
  score: number | null
  attemptNumber: number
  attemptsLeft: number | null
  revealed: boolean
}

/** The calls a quiz (not an assignment) needs: what `Options.api` supplies instead of a server. */
export type QuizCalls = Pick<Api, 'quiz' | 'check' | 'grade'>

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
  /**
   * Base URL of the fahm server; defaults to where widget.js was loaded from. Or, from JavaScript,
   * an object answering the widget's calls in place of a server — `quiz`, `check` and `grade` with
   * the signatures of `createApi` (src/widget/api.ts) — so a page can show a quiz that is not stored:
   * the studio previews an unsaved draft this way.
   */
  api?: string | QuizCalls
  /**
   * Digits of Arabic text: `arab` (Arabic-Indic, ٠١٢٣, the default) or `latn` (0123). English is
   * always in Latin digits.
   */
  digits?: 'arab' | 'latn'
  /** Nonce for a `<style>` element, for browsers without constructable stylesheets. */
  nonce?: string
}
