// Measures the fifth red-team round: node tests/core/red-team-5-measure.ts [--list]
import { measureQuizzes, printWrongAccepted } from './measure-quizzes.ts'
import { RED_TEAM_DRAFTS } from './red-team-drafts.ts'
import { gradeRedTeam5 } from './red-team-5-answers.ts'

const quizzes = measureQuizzes(RED_TEAM_DRAFTS)
printWrongAccepted(quizzes, gradeRedTeam5)
