/**
 * A problem found in a quiz file, and how it is written: what the content checks (content-checks.ts)
 * report and the quiz loaders (load-quiz.ts, parse-quiz.ts) throw, in a module of its own so that
 * parsing a quiz does not load the checks.
 */

/** One problem found in a quiz file, located precisely enough to fix it without searching. */
export type ContentIssue = {
  /** The check that found it, e.g. `evidence-quote-verbatim`. */
  check: string
  /** The file as its author knows it, e.g. `questions/kim-putin-beijing/quiz.json`. */
  file: string
  /** Where in the file, e.g. `questions[3].evidence.quote`; empty when about the file as a whole. */
  path: string
  message: string
}

/** What a check finds, before the file it is in is known: where in the file, and what is wrong. */
export type ContentFinding = Pick<ContentIssue, 'path' | 'message'>

/** One line per issue: `questions/x/quiz.json: questions[3].evidence.quote: [check] message`. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.path ? `${issue.path}: ` : ''}[${issue.check}] ${issue.message}`
}

/** `['questions', 3, 'evidence']` → `questions[3].evidence`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

/** Every content check, in the order their issues are reported: `schema` first, then structure-checks.ts's and language-checks.ts's. */
export const CONTENT_CHECKS: readonly string[] = [
  'schema',
  'unknown-properties',
  'strings-in-quiz-language',
  'duplicate-question-ids',
  'duplicate-choice-ids',
  'answer-choice-exists',
  'choice-texts-distinct',
  'answer-position-varies',
  'evidence-paragraph-exists',
  'evidence-quote-verbatim',
  'numeric-answer-in-evidence',
  'answer-not-given-away',
  'arabic-quotation-marks',
]

/** Issues in check order (CONTENT_CHECKS), each check's in the order it found them. */
export function inCheckOrder<Issue extends Pick<ContentIssue, 'check'>>(issues: readonly Issue[]): Issue[] {
  const rank = (issue: Issue) => {
    const index = CONTENT_CHECKS.indexOf(issue.check)
    return index < 0 ? CONTENT_CHECKS.length : index
  }
  // Array.prototype.sort is stable: issues of one check keep their order.
  return [...issues].sort((a, b) => rank(a) - rank(b))
}
