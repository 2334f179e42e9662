import { settingsProblems, toAssignmentSettings, type TeacherAssignment } from '../../../core/assignment.ts'
import { aggregateResults, resultsTable, type WrongAnswer } from '../../../core/assignment-results.ts'
import { toCsv } from '../../../core/csv.ts'
import { pickText, quizLangs, servedLang } from '../../../core/localized.ts'
import { identityKey } from '../../../core/student-identity.ts'
import type { Lang, Quiz } from '../../../core/quiz-schema.ts'
import type { Context } from 'hono'
import { prefersCsv } from '../../accept.ts'
import type { AppRouteHandler } from '../../app.ts'
import { resultsPage } from '../../class-page.ts'
import { hashKey, newSecretKey } from '../../crypto.ts'
import * as assignmentStore from '../../db/assignments.ts'
import type { AssignmentRow } from '../../db/assignments.ts'
import { deleteStudentAttempts as deleteAttemptsOf, listAttemptRecords } from '../../db/attempts.ts'
import * as classStore from '../../db/classes.ts'
import type { ClassRow } from '../../db/classes.ts'
import { listStudents } from '../../db/students.ts'
import { problem } from '../../problem.ts'
import { setNextLink } from '../../quiz-page.ts'
import { refuseTeacherKey } from '../../bearer-challenge.ts'
import { getAssignedQuiz, getQuiz, getQuizOwner } from '../../quiz-store.ts'
import type {
  CreateAssignmentRoute,
  CreateClassRequest,
  CreateClassRoute,
  DeleteAssignmentRoute,
  DeleteClassRoute,
  DeleteStudentAttemptsRoute,
  GetAssignmentRoute,
  GetClassRoute,
  GetResultsRoute,
  UpdateAssignmentRoute,
  ReplaceTeacherKeyRoute,
  UpdateClassRoute,
} from './classes.routes.ts'

/** The teacher endpoints' handlers; their routes are in classes.routes.ts. */

function toAssignmentJson(row: AssignmentRow, origin: string): TeacherAssignment {
  return { assignmentId: row.id, ...toAssignmentSettings(row), createdAt: row.createdAt, link: `${origin}/a/${row.code}` }
}

async function requireAssignment(db: D1Database, classId: string, assignmentId: string): Promise<AssignmentRow> {
  const row = await assignmentStore.getAssignment(db, classId, assignmentId)
  if (!row) problem('assignment-not-found', `No assignment "${assignmentId}" in this class.`, { extras: { assignmentId } })
  return row
}

function toIso(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null
}

/** How a stored answer reads for the teacher: choice ids become their texts, typed answers stay as typed. */
function answerDisplay(quiz: Quiz | null, questionId: string, wrong: WrongAnswer, lang: Lang): string {
  const question = quiz?.questions.find((q) => q.id === questionId)
  if (!quiz || !question || (question.type !== 'single' && question.type !== 'multiple')) return wrong.typed ?? wrong.answer
  return wrong.answer
    .split(',')
    .map((id) => {
      const choice = question.choices.find((c) => c.id === id.trim())
      return choice ? pickText(choice.text, lang, quiz.lang) : id.trim()
    })
    .join(' + ')
}

/** `?format=` decides; without it, `Accept` (`text/csv;q=0` refuses CSV). */
function wantsCsv(format: string | undefined, c: Context): boolean {
  return format ? format === 'csv' : prefersCsv(c)
}

export const createClass: AppRouteHandler<CreateClassRoute> = async (c) => {
  const body = (c.req.valid('json') as CreateClassRequest | undefined) ?? {}
  const teacherKey = newSecretKey()
  const row = await classStore.createClass(c.env.DB, { name: body.name || null, teacherKeyHash: await hashKey(teacherKey) })
  c.header('Cache-Control', 'no-store')
  c.header('Location', `/v1/classes/${row.id}`)
  return c.json({ classId: row.id, teacherKey, joinCode: row.joinCode, name: row.name }, 201)
}

export const getClass: AppRouteHandler<GetClassRoute> = async (c) => {
  c.header('Cache-Control', 'no-store')
  return c.json(await classJson(c.env.DB, new URL(c.req.url).origin, c.var.teacherClass), 200)
}

export const updateClass: AppRouteHandler<UpdateClassRoute> = async (c) => {
  const { name } = c.req.valid('json')
  const renamed = await classStore.renameClass(c.env.DB, c.var.teacherClass.id, name || null)
  // Deleted between the key check and the update.
  if (!renamed) problem('class-not-found', 'No class with this id.')
  c.header('Cache-Control', 'no-store')
  return c.json(await classJson(c.env.DB, new URL(c.req.url).origin, renamed), 200)
}

export const replaceTeacherKey: AppRouteHandler<ReplaceTeacherKeyRoute> = async (c) => {
  const found = c.var.teacherClass
  const teacherKey = newSecretKey()
  // Only in place of the key just checked: of two replacements at once, the second answers 401.
  if (!(await classStore.replaceKeyHash(c.env.DB, found.id, found.teacherKeyHash, await hashKey(teacherKey)))) {
    refuseTeacherKey()
  }
  c.header('Cache-Control', 'no-store')
  return c.json({ classId: found.id, teacherKey }, 200)
}

/** The class as `GET /v1/classes/{classId}` shows it: with its assignments and their counts. */
async function classJson(db: D1Database, origin: string, found: ClassRow) {
  const assignments = await assignmentStore.listAssignments(db, found.id)
  return {
    classId: found.id,
    name: found.name,
    joinCode: found.joinCode,
    createdAt: found.createdAt,
    assignments: assignments.map((a) => ({
      ...toAssignmentJson(a, origin),
      attemptCount: a.attemptCount,
      studentCount: a.studentCount,
    })),
  }
}

export const deleteClass: AppRouteHandler<DeleteClassRoute> = async (c) => {
  await classStore.deleteClass(c.env.DB, c.var.teacherClass.id)
  return c.body(null, 204)
}

export const createAssignment: AppRouteHandler<CreateAssignmentRoute> = async (c) => {
  const body = c.req.valid('json')
  const quiz = await getQuiz(c.env, body.quizId)
  // Another class's quiz answers as an unknown id: its existence does not show.
  const owner = quiz && (await getQuizOwner(c.env, quiz.id))
  if (!quiz || (owner && owner !== c.var.teacherClass.id)) {
    problem('validation-failed', `There is no quiz "${body.quizId}".`, {
      extras: { errors: [{ path: 'quizId', message: 'no quiz with this id', in: 'body' }] },
    })
  }
  const row = await assignmentStore.createAssignment(c.env.DB, {
    classId: c.var.teacherClass.id,
    quizId: quiz.id,
    title: body.title ?? pickText(quiz.title, quiz.lang),
    opensAt: toIso(body.opensAt),
    dueAt: toIso(body.dueAt),
    maxAttempts: body.maxAttempts,
    revealAnswers: body.revealAnswers,
    shuffle: body.shuffle,
  })
  c.header('Location', `/v1/classes/${row.classId}/assignments/${row.id}`)
  return c.json(toAssignmentJson(row, new URL(c.req.url).origin), 201)
}

export const getAssignment: AppRouteHandler<GetAssignmentRoute> = async (c) => {
  const { assignmentId } = c.req.valid('param')
  const row = await requireAssignment(c.env.DB, c.var.teacherClass.id, assignmentId)
  c.header('Cache-Control', 'no-store')
  return c.json(toAssignmentJson(row, new URL(c.req.url).origin), 200)
}

export const updateAssignment: AppRouteHandler<UpdateAssignmentRoute> = async (c) => {
  const { assignmentId } = c.req.valid('param')
  const body = c.req.valid('json')
  const row = await requireAssignment(c.env.DB, c.var.teacherClass.id, assignmentId)
  // Left out: as it is; null: taken away (times only).
  const change = {
    title: body.title ?? row.title,
    opensAt: body.opensAt === undefined ? row.opensAt : toIso(body.opensAt),
    dueAt: body.dueAt === undefined ? row.dueAt : toIso(body.dueAt),
    maxAttempts: body.maxAttempts ?? row.maxAttempts,
    revealAnswers: body.revealAnswers ?? row.revealAnswers,
  }
  const problems = settingsProblems(change)
  if (problems.length > 0) {
    problem('validation-failed', `The assignment's settings would not hold together: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`, {
      extras: { errors: problems.map((p) => ({ ...p, in: 'body' })) },
    })
  }
  const updated = await assignmentStore.updateAssignment(c.env.DB, c.var.teacherClass.id, assignmentId, change)
  if (!updated) problem('assignment-not-found', `No assignment "${assignmentId}" in this class.`, { extras: { assignmentId } })
  c.header('Cache-Control', 'no-store')
  return c.json(toAssignmentJson(updated, new URL(c.req.url).origin), 200)
}

export const deleteAssignment: AppRouteHandler<DeleteAssignmentRoute> = async (c) => {
  const { assignmentId } = c.req.valid('param')
  if (!(await assignmentStore.deleteAssignment(c.env.DB, c.var.teacherClass.id, assignmentId))) {
    problem('assignment-not-found', `No assignment "${assignmentId}" in this class.`, { extras: { assignmentId } })
  }
  return c.body(null, 204)
}

export const deleteStudentAttempts: AppRouteHandler<DeleteStudentAttemptsRoute> = async (c) => {
  const { assignmentId, studentKey } = c.req.valid('param')
  const row = await requireAssignment(c.env.DB, c.var.teacherClass.id, assignmentId)
  if ((await deleteAttemptsOf(c.env.DB, c.var.teacherClass.id, row.id, studentKey)) === 0) {
    problem('attempts-not-found', `No attempts by this student in assignment "${assignmentId}".`, { extras: { assignmentId, studentKey } })
  }
  return c.body(null, 204)
}

export const getResults: AppRouteHandler<GetResultsRoute> = async (c) => {
  const { assignmentId } = c.req.valid('param')
  const { format, lang: requested, limit, cursor } = c.req.valid('query')
  const row = await requireAssignment(c.env.DB, c.var.teacherClass.id, assignmentId)
  const quiz = await getAssignedQuiz(c.env, row.quizId)
  const langs = quiz ? quizLangs(quiz) : []
  const lang = quiz ? servedLang(langs, requested) : (requested ?? 'ar')
  const [attempts, students] = await Promise.all([listAttemptRecords(c.env.DB, row.id), listStudents(c.env.DB, c.var.teacherClass.id)])
  const roster = students.map((student) => ({ studentKey: identityKey({ kind: 'roster', studentId: student.id, name: student.name }), name: student.name }))
  const results = aggregateResults(attempts, { questionIds: quiz?.questions.map((q) => q.id), roster })
  c.header('Cache-Control', 'no-store')
  c.header('Vary', 'Accept')

  if (wantsCsv(format, c)) {
    c.header('Content-Type', 'text/csv; charset=utf-8')
    c.header('Content-Disposition', `attachment; filename="results-${row.code}.csv"`)
    return c.body(toCsv(resultsTable(results)), 200)
  }
  const page = resultsPage(results.students, limit, cursor)
  const nextCursor = setNextLink(c, page.nextAfter)
  const prompts = new Map(quiz?.questions.map((q) => [q.id, pickText(q.prompt, lang, quiz.lang)]))
  return c.json(
    {
      assignment: toAssignmentJson(row, new URL(c.req.url).origin),
      quiz: quiz
        ? { id: quiz.id, version: quiz.version, title: pickText(quiz.title, lang, quiz.lang), lang, langs }
        : { id: row.quizId, version: 0, title: row.quizId, lang, langs },
      students: page.students.map((student) => ({
        ...student,
        answers: Object.fromEntries(
          Object.entries(student.answers).map(([questionId, answer]) => [
            questionId,
            answer === null ? null : answerDisplay(quiz, questionId, { answer, count: 1 }, lang),
          ]),
        ),
      })),
      notSubmitted: results.notSubmitted,
      classList: results.classList,
      questions: results.questions.map((q) => ({
        ...q,
        prompt: prompts.get(q.questionId) ?? null,
        type: quiz?.questions.find((question) => question.id === q.questionId)?.type ?? null,
        topWrongAnswers: q.topWrongAnswers.map((w) => ({
          answer: w.answer,
          display: answerDisplay(quiz, q.questionId, w, lang),
          count: w.count,
        })),
      })),
      totals: results.totals,
      nextCursor,
    },
    200,
  )
}
