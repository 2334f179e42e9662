/**
 * A score as people read it, to one decimal: partial credit sums to 2.3333…, which reads as 2.3.
 * One rule for the student's summary (the widget), the teacher's table and the results they download.
 */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10
}

/** The whole percentage a score makes of its maximum, of the score as shown (0 when there is no maximum). */
export function wholePercent(score: number, max: number): number {
  return max ? Math.round((100 * roundScore(score)) / max) : 0
}
