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
