/**
 * A classroom assignment as the API serves it: the settings a teacher gives it, the status students
 * see, and the teacher's view with its id and link. The Worker stores and serves these; the teacher
 * page reads them.
 */

export const REVEAL_POLICIES = ['after-submit', 'after-due', 'never'] as const
export type RevealPolicy = (typeof REVEAL_POLICIES)[number]

export const ASSIGNMENT_STATUSES = ['open', 'not-yet-open', 'closed'] as const
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number]

/** The attempts a teacher may allow per student, as the API accepts them (`maxAttempts`). */
export const MIN_ATTEMPTS = 1
export const MAX_ATTEMPTS = 20

/**
 * The attempts allowed as a field holds them (a number input's value: `''` while empty or not a
 * number): a whole number from {@link MIN_ATTEMPTS} to {@link MAX_ATTEMPTS}, else null. Never a
 * default: 0, nothing, -1 or 1.5 are refused, not taken for 1.
 */
export function parseAttempts(raw: string): number | null {
  const text = raw.trim()
  if (!/^\d+$/.test(text)) return null
  const n = Number(text)
  return n >= MIN_ATTEMPTS && n <= MAX_ATTEMPTS ? n : null
}

/** What a teacher sets for an assignment, plus the code students type. Times are ISO 8601 strings. */
export type AssignmentSettings = {
  code: string
  quizId: string
  title: string
  opensAt: string | null
  dueAt: string | null
  maxAttempts: number
  revealAnswers: RevealPolicy
  shuffle: boolean
}

/**
 * How students say who they are: `roster` when the class has a roster (a personal code each),
 * else `name` (a typed name, bound to the device it is sent from).
 */
export const STUDENT_IDENTITIES = ['roster', 'name'] as const
export type StudentIdentityMode = (typeof STUDENT_IDENTITIES)[number]

/**
 * `GET /v1/assignments/:code`: what a student may see of an assignment. `quizId` only when the quiz
 * is public: the id of a classroom quiz would let a student assign it to a class of their own.
 */
export type PublicAssignment = Omit<AssignmentSettings, 'quizId'> & {
  quizId?: string
  status: AssignmentStatus
  identity: StudentIdentityMode
}

/** An assignment under `/v1/classes/:classId`, as its teacher sees it (always with its `quizId`). */
export type TeacherAssignment = AssignmentSettings & {
  status: AssignmentStatus
  assignmentId: string
  createdAt: string
  /** The student page, `/a/CODE` on the serving host. */
  link: string
}

/**
 * What makes an assignment's times and reveal policy not hold together, as `{ path, message }` per
 * field: a due time not after the opening time, `after-due` without a due time. The same rule on
 * creation and on every change.
 */
export function settingsProblems(settings: Pick<AssignmentSettings, 'opensAt' | 'dueAt' | 'revealAnswers'>): { path: 'dueAt'; message: string }[] {
  const problems: { path: 'dueAt'; message: string }[] = []
  if (settings.opensAt && settings.dueAt && Date.parse(settings.dueAt) <= Date.parse(settings.opensAt)) {
    problems.push({ path: 'dueAt', message: 'must be after opensAt' })
  }
  if (settings.revealAnswers === 'after-due' && !settings.dueAt) problems.push({ path: 'dueAt', message: 'is required when revealAnswers is "after-due"' })
  return problems
}

/** Whether students may submit at `now`: before `opensAt` not yet, from `dueAt` on closed. */
export function assignmentStatus(assignment: Pick<AssignmentSettings, 'opensAt' | 'dueAt'>, now = Date.now()): AssignmentStatus {
  if (assignment.opensAt && now < Date.parse(assignment.opensAt)) return 'not-yet-open'
  if (assignment.dueAt && now >= Date.parse(assignment.dueAt)) return 'closed'
  return 'open'
}

/**
 * What `GET /v1/assignments/:code` shows of an assignment, field by field (nothing else of a stored
 * row). `quizPublic` says whether its quiz is public: only then is `quizId` shown; `identity` how
 * students say who they are.
 */
export function toPublicAssignment(
  assignment: AssignmentSettings,
  { quizPublic, identity }: { quizPublic: boolean; identity: StudentIdentityMode },
  now = Date.now(),
): PublicAssignment {
  const { quizId, ...settings } = toAssignmentSettings(assignment, now)
  return { ...settings, ...(quizPublic ? { quizId } : {}), identity }
}

/** An assignment's settings and its status at `now`, field by field: the teacher's view without its id and link. */
export function toAssignmentSettings(assignment: AssignmentSettings, now = Date.now()): AssignmentSettings & { status: AssignmentStatus } {
  return {
    code: assignment.code,
    title: assignment.title,
    quizId: assignment.quizId,
    opensAt: assignment.opensAt,
    dueAt: assignment.dueAt,
    maxAttempts: assignment.maxAttempts,
    revealAnswers: assignment.revealAnswers,
    shuffle: assignment.shuffle,
    status: assignmentStatus(assignment, now),
  }
}
