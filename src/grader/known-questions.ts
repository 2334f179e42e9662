import type { Question } from '../core/quiz-schema.ts'

/**
 * The questions a grader isolate was handed before, by content. The grader keeps what it derives
 * from a question (its counted groups, its quote's words, its title's sex…) per question object, so
 * that a quiz's later answers cost a fraction of its first. Over RPC every call deserializes new
 * objects: without this, every grade would be a first (about ten times the CPU, measured in
 * Node on the catalog quiz). A quiz's questions with the same JSON are the same questions, so the
 * objects handed first serve every later call; a new version of a quiz is new content, a new entry.
 */

/** How many quizzes' questions an isolate keeps, least recently used first out (as the store's parsed quizzes). */
export const KNOWN_QUIZZES = 64

const known = new Map<string, readonly Question[]>()

/** The questions with the same content handed before (the very array and objects), else these, kept. */
export function knownQuestions<Questions extends readonly Question[]>(questions: Questions): Questions {
  const key = JSON.stringify(questions)
  const kept = known.get(key)
  if (kept) {
    // Most recently used last.
    known.delete(key)
    known.set(key, kept)
    // The same JSON, so the same shape as the array handed now.
    return kept as Questions
  }
  known.set(key, questions)
  if (known.size > KNOWN_QUIZZES) known.delete(known.keys().next().value!)
  return questions
}
