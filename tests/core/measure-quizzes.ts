import { readFileSync } from 'node:fs'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'

/** A readers' set's frozen drafts, each with the text of its article (grade-readers-*-articles.ts). */
export type FrozenDrafts = Record<string, Record<string, unknown> & { articleText: string }>

/**
 * The quizzes a measure run from the command line grades (red-team-2-measure.ts, red-team-3-measure.ts,
 * right-forms-measure.ts): the given readers' sets' frozen drafts loaded with their articles, then `kim-putin-beijing`
 * from questions/ (read from disk: node has no loader for the .txt and .json imports vitest gives the tests).
 */
export function measureQuizzes(...sets: FrozenDrafts[]): { name: string; articleText: string; quiz: Quiz }[] {
  const quizzes = Object.entries(Object.assign({}, ...sets) as FrozenDrafts).map(([name, { articleText, ...draft }]) => ({
    name,
    articleText,
    quiz: loadQuiz({ ...draft, article: 'article.txt' }, articleText),
  }))
  const kimText = readFileSync(new URL('../../questions/kim-putin-beijing/article.ar.txt', import.meta.url), 'utf8')
  const kimJson: unknown = JSON.parse(readFileSync(new URL('../../questions/kim-putin-beijing/quiz.json', import.meta.url), 'utf8'))
  quizzes.push({ name: 'kim-putin-beijing', articleText: kimText, quiz: loadQuiz(kimJson, kimText) })
  return quizzes
}
