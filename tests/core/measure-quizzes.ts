import { readFileSync } from 'node:fs'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'

/** A readers' set's frozen drafts, each with the text of its article (grade-readers-*-articles.ts). */
export type FrozenDrafts = Record<string, Record<string, unknown> & { articleText: string }>

/**
 * The quizzes a measure run from the command line grades (red-team-2-, red-team-3- and red-team-5-measure.ts,
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

/** A red-team row as the measures print it (red-team-2-answers.ts's `RedTeamRow`). */
type MeasuredRow = { answer: string; control: string; kind: string }

/**
 * A red-team round's measure: grades every question of `quizzes` with the round's wrong answers
 * (`gradeRound`), prints how many of each kind were accepted and the total, and with `--list` each
 * accepted answer beside the right one it was made from.
 */
export function printWrongAccepted(
  quizzes: { name: string; articleText: string; quiz: Quiz }[],
  gradeRound: (question: Quiz['questions'][number], quiz: Quiz, articleText: string) => { rows: MeasuredRow[]; accepted: MeasuredRow[] },
): void {
  let total = 0
  let accepted = 0
  const byKind = new Map<string, [number, number]>()
  for (const { name, quiz, articleText } of quizzes) {
    for (const q of quiz.questions) {
      const r = gradeRound(q, quiz, articleText)
      total += r.rows.length
      accepted += r.accepted.length
      for (const row of r.rows) {
        const k = byKind.get(row.kind) ?? [0, 0]
        k[0]++
        if (r.accepted.includes(row)) k[1]++
        byKind.set(row.kind, k)
      }
      if (process.argv.includes('--list'))
        for (const row of r.accepted) console.log(`${name}/${q.id}\t${row.kind}\t${JSON.stringify(row.answer)}\t(control ${JSON.stringify(row.control)})`)
    }
  }
  for (const [k, [n, a]] of byKind) console.log(`${k}: ${a}/${n}`)
  console.log(`wrong answers accepted: ${accepted}/${total}`)
}
