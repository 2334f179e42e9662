import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'
import { ASSIGNMENT_STATUSES, REVEAL_POLICIES, STUDENT_IDENTITIES, type PublicAssignment, type TeacherAssignment } from '../core/assignment.ts'

/** The response schema of `GET /v1/assignments/:code`: what students see of an assignment. */
export const PublicAssignmentSchema = openapi(
  z.object({
    code: z.string(),
    title: z.string(),
    quizId: openapi(z.optional(z.string()), {
      description:
        'The quiz id, only when the quiz is public. Absent for a classroom quiz (`visibility: classroom`): its id would let ' +
        'a student assign the quiz to a class of their own and read its answers.',
    }),
    opensAt: z.nullable(z.string()),
    dueAt: z.nullable(z.string()),
    maxAttempts: z.number().check(z.int()),
    revealAnswers: z.enum(REVEAL_POLICIES),
    shuffle: z.boolean(),
    status: z.enum(ASSIGNMENT_STATUSES),
    identity: openapi(z.enum(STUDENT_IDENTITIES), {
      description:
        'How students say who they are: `roster` when the class has a roster (send the personal code as `studentCode`), ' +
        'else `name` (a display name, with the device token `deviceId`).',
    }),
  }),
  'PublicAssignment',
) satisfies z.ZodMiniType<PublicAssignment>

/** The example of an Assignment in the OpenAPI document. */
export const ASSIGNMENT_EXAMPLE: TeacherAssignment = {
  assignmentId: 'asg_4h5j6k7m8n9p',
  code: '8K3MPQ',
  title: 'Reading: Beijing summit',
  quizId: 'kim-putin-beijing',
  opensAt: null,
  dueAt: '2026-12-08T08:00:00.000Z',
  maxAttempts: 2,
  revealAnswers: 'after-submit',
  shuffle: false,
  status: 'open',
  createdAt: '2026-12-01T07:55:12.000Z',
  link: 'https://fahm.example/a/8K3MPQ',
}

/** An assignment under `/v1/classes/:classId`: the public fields plus its id, creation time and student link. */
export const AssignmentSchema = openapi(
  z.extend(z.omit(PublicAssignmentSchema, { identity: true }), {
    quizId: openapi(z.string(), { description: 'The quiz id (teachers always see it).' }),
    assignmentId: z.string(),
    createdAt: z.string(),
    link: openapi(z.string(), { description: 'The student page, `/a/CODE` on this host.' }),
  }),
  'Assignment',
  { example: ASSIGNMENT_EXAMPLE },
) satisfies z.ZodMiniType<TeacherAssignment>
