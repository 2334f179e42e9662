/** How the results page lists the questions: as the quiz has them, or those the class got right least first. */
export type QuestionOrder = 'quiz' | 'hardest'

export const QUESTION_ORDERS: readonly QuestionOrder[] = ['quiz', 'hardest']

/**
 * The questions in `order`, each with its number in the quiz (1-based), which stays its name
 * whatever the order. `hardest`: the lowest share of correct answers first (unanswered counts as not
 * correct); questions with the same share keep the quiz's order.
 */
export function orderQuestions<Q extends { correctShare: number }>(questions: readonly Q[], order: QuestionOrder): { question: Q; number: number }[] {
  const numbered = questions.map((question, i) => ({ question, number: i + 1 }))
  if (order === 'quiz') return numbered
  return numbered.sort((a, b) => a.question.correctShare - b.question.correctShare || a.number - b.number)
}
