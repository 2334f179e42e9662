/**
 * The limits of an answer the grader takes, and the error of an answer to no question: what the
 * grader checks (grade.ts, grade-answers.ts) and the API's request schema declares
 * (src/worker/grading-schema.ts), in a module of their own so that the schema does not load the grader.
 */

/** The longest answer text, in UTF-16 code units. */
export const MAX_ANSWER_CHARS = 500
/** The most items of an answer that is a list (the choice ids of a multiple-choice question). */
export const MAX_ANSWER_ITEMS = 20

/** The error of an answer whose key names no question of the quiz. */
export const NO_SUCH_QUESTION = 'no question with this id in the quiz'
