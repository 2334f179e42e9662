import type { Question } from '../core/quiz-schema.ts'
import type { Content } from './draft.ts'
import { stableJson } from './workspace.ts'

/**
 * What changed between two versions of a quiz, for a person: shown when a save meets a newer
 * version saved by someone else (`version-conflict`), so the editor sees what they would overwrite.
 */

export type QuestionField = 'type' | 'prompt' | 'choices' | 'answer' | 'explanation' | 'evidence' | 'points' | 'skill'

export type Change =
  | { kind: 'title' | 'source' | 'visibility' | 'article' | 'order' }
  | { kind: 'question-added' | 'question-removed'; id: string; prompt: Question['prompt'] }
  | { kind: 'question-changed'; id: string; prompt: Question['prompt']; fields: QuestionField[] }

const QUESTION_FIELDS: readonly QuestionField[] = ['type', 'prompt', 'choices', 'answer', 'explanation', 'evidence', 'points', 'skill']

export function changesBetween(before: Content, after: Content): Change[] {
  const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b)
  const out: Change[] = []
  if (!same(before.quiz.title, after.quiz.title)) out.push({ kind: 'title' })
  if (!same(before.quiz.source, after.quiz.source)) out.push({ kind: 'source' })
  if (before.quiz.visibility !== after.quiz.visibility) out.push({ kind: 'visibility' })
  if (before.articleText.trim() !== after.articleText.trim()) out.push({ kind: 'article' })
  const old = new Map(before.quiz.questions.map((q) => [q.id, q]))
  const now = new Map(after.quiz.questions.map((q) => [q.id, q]))
  for (const q of after.quiz.questions) {
    const was = old.get(q.id)
    if (!was) {
      out.push({ kind: 'question-added', id: q.id, prompt: q.prompt })
      continue
    }
    const get = (x: Question, f: QuestionField) => (x as Record<string, unknown>)[f] ?? (f === 'choices' ? null : undefined)
    const fields = QUESTION_FIELDS.filter(
      (f) =>
        !same(get(was, f), get(q, f)) ||
        (f === 'answer' && !same((was as { partialCredit?: boolean }).partialCredit, (q as { partialCredit?: boolean }).partialCredit)),
    )
    if (fields.length > 0) out.push({ kind: 'question-changed', id: q.id, prompt: q.prompt, fields })
  }
  for (const q of before.quiz.questions) if (!now.has(q.id)) out.push({ kind: 'question-removed', id: q.id, prompt: q.prompt })
  const kept = (list: Question[], other: Map<string, Question>) => list.filter((q) => other.has(q.id)).map((q) => q.id)
  if (!same(kept(before.quiz.questions, now), kept(after.quiz.questions, old))) out.push({ kind: 'order' })
  return out
}
