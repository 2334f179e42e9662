import { canonicalArticle, parseArticle } from './article.ts'
import type { Question, Quiz } from './quiz-schema.ts'

/**
 * Versions of a quiz and the article it is bound to.
 *
 * A quiz is bound to its article by a SHA-256 hash of the article's canonical text
 * (`canonicalArticle`: BOM, line endings, surrounding spaces and runs of blank lines do not count,
 * since `parseArticle` ignores them).
 * Saving a quiz whose questions or article differ from the stored version bumps the version by
 * one; saving the same content again keeps it. When the article changes, questions whose
 * evidence paragraph changed are flagged `stale` until an editor revises them.
 */

/** `sha256:<hex>` of the canonical article text. */
export async function articleHash(text: string): Promise<string> {
  return sha256(canonicalArticle(text))
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** JSON with object keys sorted, so two equal values always give the same string. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key]
    return sorted
  })
}

/**
 * What decides whether two saves are the same version: a hash of everything but the version
 * itself (and `$schema` and the article file name), together with the article hash.
 */
export async function contentFingerprint(quiz: { questions: unknown; [key: string]: unknown }, hash: string): Promise<string> {
  const { version: _version, $schema: _schema, article: _article, ...content } = quiz
  return sha256(stableJson({ content, articleHash: hash }))
}

/** The version a save gets: 1 for a new quiz, the same when nothing changed, else one more. */
export function nextVersion(previous: { version: number; fingerprint: string } | null, fingerprint: string): number {
  if (!previous) return 1
  return previous.fingerprint === fingerprint ? previous.version : previous.version + 1
}

export type StaleReason = 'paragraph-missing' | 'quote-missing' | 'paragraph-changed'

export type StaleEvidence = {
  questionId: string
  paragraph: number
  reason: StaleReason
  message: string
}

/**
 * The questions of `quiz` whose evidence no longer matches `newArticleText`: the evidence
 * paragraph is gone, its quote is no longer in it, or the paragraph (text or heading) changed
 * around a quote that is still there — the answer may have changed with it.
 */
export function staleEvidence(quiz: Pick<Quiz, 'questions' | 'article'>, newArticleText: string): StaleEvidence[] {
  const next = parseArticle(newArticleText).paragraphs
  const stale: StaleEvidence[] = []
  for (const question of quiz.questions) {
    const { paragraph, quote } = question.evidence
    const before = quiz.article.paragraphs[paragraph]
    const after = next[paragraph]
    if (!after) {
      stale.push({ questionId: question.id, paragraph, reason: 'paragraph-missing', message: `paragraph ${paragraph} no longer exists` })
    } else if (!after.text.includes(quote) && !(after.heading ?? '').includes(quote)) {
      stale.push({ questionId: question.id, paragraph, reason: 'quote-missing', message: `the evidence quote is no longer in paragraph ${paragraph}` })
    } else if (!before || before.text !== after.text || before.heading !== after.heading) {
      stale.push({ questionId: question.id, paragraph, reason: 'paragraph-changed', message: `paragraph ${paragraph} changed around the evidence quote` })
    }
  }
  return stale
}

/**
 * The stale flags of a new save. A question stays flagged, or becomes flagged when the article
 * changed under its evidence, as long as the editor leaves it exactly as it was; editing the
 * question (any field) counts as reviewing it and clears the flag. New questions start clean.
 */
export function staleAfterSave(
  previous: { quiz: Pick<Quiz, 'questions' | 'article'>; stale: readonly string[] } | null,
  nextQuestions: readonly Question[],
  nextArticleText: string,
): string[] {
  if (!previous) return []
  const before = new Map(previous.quiz.questions.map((q) => [q.id, q]))
  const newlyStale = new Set(staleEvidence(previous.quiz, nextArticleText).map((s) => s.questionId))
  const carried = new Set(previous.stale)
  return nextQuestions
    .filter((q) => {
      const old = before.get(q.id)
      if (!old || stableJson(old) !== stableJson(q)) return false
      return newlyStale.has(q.id) || carried.has(q.id)
    })
    .map((q) => q.id)
}
