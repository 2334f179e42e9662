import type { Results } from './api.ts'
import { locale } from './format.ts'
import type { Lang } from './i18n.ts'

type Student = Results['students'][number]

/** The results table's columns, in its order; each header sorts the rows by its column. */
export const STUDENT_COLUMNS = ['name', 'latest', 'best', 'attempts', 'time', 'submitted'] as const
export type StudentColumn = (typeof STUDENT_COLUMNS)[number]
export type SortDirection = 'ascending' | 'descending'
export type StudentSort = { column: StudentColumn; direction: SortDirection }

/** What a column holds, for wording its order: names (A to Z), numbers (lowest first) or times (earliest first). */
export type SortKind = 'text' | 'number' | 'time'

export function sortKind(column: StudentColumn): SortKind {
  return column === 'name' ? 'text' : column === 'submitted' ? 'time' : 'number'
}

/** The order the results come in: by name, A to Z (أ to ي). */
export const BY_NAME: StudentSort = { column: 'name', direction: 'ascending' }

/** A click on a column's header: the same column again reverses the order, another one sorts by it from the lowest. */
export function nextSort(current: StudentSort, column: StudentColumn): StudentSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  return { column, direction: 'ascending' }
}

const share = (score: number, max: number) => (max > 0 ? score / max : 0)

/**
 * The value a column sorts by; null (a time not recorded) goes last whichever the direction.
 * Scores sort as shares of their maximum, so attempts at two versions of a quiz compare fairly.
 */
const KEYS: Record<Exclude<StudentColumn, 'name'>, (s: Student) => number | null> = {
  latest: (s) => s.latestShare,
  best: (s) => share(s.bestScore, s.maxScore),
  attempts: (s) => s.attempts,
  time: (s) => s.timeTakenSeconds,
  submitted: (s) => Date.parse(s.latestSubmittedAt),
}

/**
 * The students in the order of `sort`, a new array. Names compare as the page's language sorts them
 * (Arabic letters in Arabic order, digits by value); rows that tie keep the order they came in (the
 * API's, by name), in both directions.
 */
export function sortStudents(students: readonly Student[], sort: StudentSort, lang: Lang): Student[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  if (sort.column === 'name') {
    const collator = new Intl.Collator(locale(lang), { numeric: true, sensitivity: 'base' })
    return [...students].sort((a, b) => sign * collator.compare(a.name, b.name))
  }
  const key = KEYS[sort.column]
  return [...students].sort((a, b) => {
    const x = key(a)
    const y = key(b)
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    return sign * (x - y)
  })
}
