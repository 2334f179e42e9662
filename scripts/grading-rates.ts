// Accept and refuse rates of the grader on the readers' answers of tests/core/reader-answers.ts:
// how many right answers are accepted and wrong ones refused, by who wrote them, with every
// misgraded answer listed. Run: npm run bench:grading
import { gradeQuestion } from '../src/core/grade.ts'
import { READER_ANSWERS, READER_QUIZ } from '../tests/core/reader-answers.ts'

const byId = new Map(READER_QUIZ.map((q) => [q.id, q]))
const tally = new Map<string, { right: number; accepted: number; wrong: number; refused: number }>()
const misgraded: string[] = []
for (const row of READER_ANSWERS) {
  const question = byId.get(row.question)!
  const correct = gradeQuestion(question, row.answer, READER_QUIZ).correct
  for (const key of ['all', row.who]) {
    const t = tally.get(key) ?? { right: 0, accepted: 0, wrong: 0, refused: 0 }
    if (row.right) [t.right, t.accepted] = [t.right + 1, t.accepted + (correct ? 1 : 0)]
    else [t.wrong, t.refused] = [t.wrong + 1, t.refused + (correct ? 0 : 1)]
    tally.set(key, t)
  }
  if (correct !== row.right) misgraded.push(`${row.right ? 'refused' : 'ACCEPTED'}  ${row.question}: ${row.answer}`)
}
const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`)
console.log('readers      right answers accepted   wrong answers refused')
for (const [who, t] of tally) {
  console.log(`${who.padEnd(12)} ${pct(t.accepted, t.right)} (${t.accepted}/${t.right})`.padEnd(38) + `${pct(t.refused, t.wrong)} (${t.refused}/${t.wrong})`)
}
if (misgraded.length > 0) console.log('\n' + misgraded.join('\n'))
