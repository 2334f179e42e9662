// Measures the right-forms round: node tests/core/right-forms-measure.ts [--list]
import { gradeRightForms, rightFormsQuizzes } from './right-forms-answers.ts'

let total = 0
let refused = 0
const byKind = new Map<string, [number, number]>()
for (const { name, quiz } of rightFormsQuizzes()) {
  for (const q of quiz.questions) {
    const r = gradeRightForms(q, quiz)
    total += r.rows.length
    refused += r.refused.length
    for (const row of r.rows) {
      const k = byKind.get(row.kind) ?? [0, 0]
      k[0]++
      if (r.refused.includes(row)) k[1]++
      byKind.set(row.kind, k)
    }
    if (process.argv.includes('--list')) for (const row of r.refused) console.log(`${name}/${q.id}\t${row.kind}\t${JSON.stringify(row.answer)}`)
  }
}
for (const [k, [n, a]] of byKind) console.log(`${k}: ${a}/${n}`)
console.log(`right answers refused: ${refused}/${total}`)
