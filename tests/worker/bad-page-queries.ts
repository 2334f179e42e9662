/**
 * Page queries a paged list (`GET /v1/quizzes`, `GET /v1/quiz-sources`) refuses with a 400
 * `validation-failed`, each with the parameter the error names.
 */
export const BAD_PAGE_QUERIES: [query: string, parameter: 'limit' | 'cursor'][] = [
  ['limit=0', 'limit'],
  ['limit=abc', 'limit'],
  ['limit=2.5', 'limit'],
  ['cursor=not-a-cursor', 'cursor'],
  // base64url of "after:UPPER" (not a quiz id) and of "before:x" (not a cursor of this API)
  [`cursor=${btoa('after:UPPER').replace(/=+$/, '')}`, 'cursor'],
  [`cursor=${btoa('before:x').replace(/=+$/, '')}`, 'cursor'],
  [`cursor=${'A'.repeat(400)}`, 'cursor'],
]
