import type { RouteConfig, RouteConfigToEnv, RouteHandler } from '../../api-router.ts'
import type { AppEnv } from '../../app.ts'
import { rosterPageKey, rosterPageStart } from '../../class-page.ts'
import { addStudents, deleteStudent, listStudents, listStudentsPage, type StudentRow } from '../../db/students.ts'
import { bodyInvalid, problem } from '../../problem.ts'
import { setNextLink } from '../../quiz-page.ts'
import { MAX_ROSTER_SIZE, type addToRoster, type listRoster, type removeFromRoster } from './roster.routes.ts'

type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteConfigToEnv<R>>

const toJson = (row: StudentRow) => ({ studentId: row.id, name: row.name, studentCode: row.code, code: row.code })

export const list: Handler<typeof listRoster> = async (c) => {
  const { limit, cursor } = c.req.valid('query')
  const after = cursor === undefined ? undefined : (rosterPageStart(cursor) ?? undefined)
  const { students, more } = await listStudentsPage(c.env.DB, c.var.teacherClass.id, { limit, after })
  const last = students[students.length - 1]
  const nextCursor = setNextLink(c, more && last ? rosterPageKey(last) : null)
  c.header('Cache-Control', 'no-store')
  return c.json({ students: students.map(toJson), nextCursor }, 200)
}

export const add: Handler<typeof addToRoster> = async (c) => {
  const { names } = c.req.valid('json')
  const classId = c.var.teacherClass.id
  const existing = (await listStudents(c.env.DB, classId)).length
  if (existing + names.length > MAX_ROSTER_SIZE) {
    bodyInvalid([{ path: 'names', message: `a class has at most ${MAX_ROSTER_SIZE} students (${existing} already)`, in: 'body' }])
  }
  const added = await addStudents(c.env.DB, classId, names)
  c.header('Cache-Control', 'no-store')
  c.header('Location', `/v1/classes/${classId}/students`)
  return c.json({ students: added.map(toJson) }, 201)
}

export const remove: Handler<typeof removeFromRoster> = async (c) => {
  const { studentId } = c.req.valid('param')
  if (!(await deleteStudent(c.env.DB, c.var.teacherClass.id, studentId))) {
    problem('student-not-found', `No student "${studentId}" on this class's roster.`, { extras: { studentId } })
  }
  return c.body(null, 204)
}
