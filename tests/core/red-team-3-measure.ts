// Measures the third red-team round: node tests/core/red-team-3-measure.ts [--list]
import { measureQuizzes, printWrongAccepted } from './measure-quizzes.ts'
import { RED_TEAM_DRAFTS } from './red-team-drafts.ts'
import { gradeRedTeam3 } from './red-team-3-answers.ts'

const quizzes = measureQuizzes(RED_TEAM_DRAFTS)
printWrongAccepted(quizzes, gradeRedTeam3)
