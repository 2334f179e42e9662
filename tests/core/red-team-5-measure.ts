// Measures the fifth red-team round: node tests/core/red-team-5-measure.ts [--list]
import { measureQuizzes } from './measure-quizzes.ts'
import { gradeRedTeam5 } from './red-team-5-answers.ts'
import { READERS_15_QUIZZES } from './grade-readers-15-articles.ts'
import { READERS_16_QUIZZES } from './grade-readers-16-articles.ts'
import { READERS_17_QUIZZES } from './grade-readers-17-articles.ts'
import { READERS_18_QUIZZES } from './grade-readers-18-articles.ts'
import { READERS_19_QUIZZES } from './grade-readers-19-articles.ts'
import { READERS_20_QUIZZES } from './grade-readers-20-articles.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'

const quizzes = measureQuizzes(
  READERS_15_QUIZZES,
  READERS_16_QUIZZES,
  READERS_17_QUIZZES,
  READERS_18_QUIZZES,
  READERS_19_QUIZZES,
  READERS_20_QUIZZES,
  READERS_21_QUIZZES,
)
let total = 0
let accepted = 0
const byKind = new Map<string, [number, number]>()
for (const { name, quiz } of quizzes) {
  for (const q of quiz.questions) {
    const r = gradeRedTeam5(q, quiz)
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
