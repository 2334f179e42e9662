import * as z from '../../../core/zod.ts'
import { createRoute } from '../../api-router.ts'
import { openapi } from '../../openapi-metadata.ts'
import { CLASS_PAGE_SIZE, RosterPageQuery } from '../../class-page.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { teacherAuth } from '../../middleware/teacher-auth.ts'
import { problemCodeResponses, problemResponses } from '../../problem-schema.ts'
import { NextCursorSchema, NextLinkHeaders } from '../../quiz-page.ts'
import { locationHeaders } from '../../response-headers.ts'
import { strictBody } from '../../strict-body.ts'
import { DisplayName } from '../../student-schema.ts'

/**
 * A class's roster under `/v1/classes/{classId}/students`: route definitions (handlers in
 * roster.handlers.ts). With a roster, students open the class's assignments with a personal code.
 */

/** Most students one request adds, and most a class may have. */
export const MAX_ROSTER_SIZE = 200

const security = [{ teacherKey: [] }]

const ClassParams = z.object({
  classId: openapi(z.string().check(z.minLength(1), z.maxLength(64)), { param: { name: 'classId', in: 'path' }, example: 'cls_Qm9vZ3F1aXpjbGFzcw' }),
})

export const RosterStudentSchema = openapi(
  z.object({
    studentId: z.string(),
    name: z.string(),
    studentCode: openapi(z.string(), {
      description: 'The personal code the student types (or finds in their link): what a submission sends as `studentCode`.',
      example: 'K7MX3QPA',
    }),
    code: openapi(z.string(), {
      description: 'The same as `studentCode`, under its first name (not an assignment’s `code`); kept for the clients that read it.',
      deprecated: true,
      example: 'K7MX3QPA',
    }),
  }),
  'RosterStudent',
)

const RosterResponse = openapi(z.object({ students: z.array(RosterStudentSchema) }), 'Roster')

const RosterPage = openapi(z.object({ students: z.array(RosterStudentSchema), nextCursor: NextCursorSchema }), 'RosterPage')

const AddStudentsBody = openapi(
  strictBody({
    names: openapi(z.array(DisplayName).check(z.minLength(1), z.maxLength(MAX_ROSTER_SIZE)), {
      description: 'Display names, one per student (two students may share a name: their codes tell them apart).',
    }),
  }),
  'AddStudentsRequest',
  { example: { names: ['Sara Ali', 'Omar Haddad', 'سارة'] } },
)

export const listRoster = createRoute({
  method: 'get',
  path: '/{classId}/students',
  summary: "The class's roster, with each student's personal code",
  description:
    `In the order the names were added, a page at a time: ${CLASS_PAGE_SIZE.default} students by default, a whole class list ` +
    `(at most ${MAX_ROSTER_SIZE}), so one request reads it; with a smaller \`limit\`, follow \`nextCursor\` (or the \`Link\` ` +
    'header’s `rel="next"`) until it is null. A student added while you walk it shows up on the last page; none is listed twice.',
  security,
  middleware: [teacherAuth()] as const,
  request: { params: ClassParams, query: RosterPageQuery },
  responses: {
    200: {
      description: 'A page of the roster. On every page but the last, a `Link` header points at the next one.',
      headers: NextLinkHeaders,
      content: { 'application/json': { schema: RosterPage } },
    },
    ...problemResponses(400),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'] }),
  },
})

export const addToRoster = createRoute({
  method: 'post',
  path: '/{classId}/students',
  summary: 'Add students to the roster',
  description:
    'Each name gets a personal code. From the first student on, the class’s assignments take personal codes instead of ' +
    'names (`identity: roster`): attempts count per roster student, so `maxAttempts` holds and nobody submits as a ' +
    `classmate without their code. At most ${MAX_ROSTER_SIZE} students per class.`,
  security,
  middleware: [teacherAuth(), limitBody(32 * 1024)] as const,
  request: { params: ClassParams, body: { required: true, content: { 'application/json': { schema: AddStudentsBody } } } },
  responses: {
    201: {
      description: 'The students added',
      headers: locationHeaders('The class list they were added to.', '/v1/classes/cls_9f2k3m4n5p6q7r8s/students'),
      content: { 'application/json': { schema: RosterResponse } },
    },
    ...problemResponses(413, 415),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'], 422: ['validation-failed'] }),
  },
})

export const removeFromRoster = createRoute({
  method: 'delete',
  path: '/{classId}/students/{studentId}',
  summary: 'Remove a student from the roster',
  description: 'Their personal code stops working; their attempts stay in the results under their name.',
  security,
  middleware: [teacherAuth()] as const,
  request: {
    params: z.extend(ClassParams, {
      studentId: openapi(z.string().check(z.minLength(1), z.maxLength(64)), { param: { name: 'studentId', in: 'path' } }),
    }),
  },
  responses: { 204: { description: 'Removed' }, ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found', 'student-not-found'] }) },
})
