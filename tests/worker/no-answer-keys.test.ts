import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { quizSources } from '../../questions/index.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { LANGS, type Quiz } from '../../src/core/quiz-schema.ts'

const FORBIDDEN_KEYS = ['answer', 'answers', 'accepted', 'explanation', 'evidence', 'tolerance', 'partialCredit', 'expected', 'correct']

const quizzes: Quiz[] = quizSources.map((s) => loadQuiz(s.file, s.articleText))

/** Every string that would give an answer away: accepted answers and explanations, both languages. */
function secretsOf(quiz: Quiz): string[] {
  const secrets: string[] = []
  for (const q of quiz.questions) {
    secrets.push(q.explanation.ar, q.explanation.en)
    if (q.type === 'text') secrets.push(...q.answer.accepted)
  }
  return secrets
}

/** Walks a JSON value and calls `visit` with the dotted path of every key and every string. */
function walk(value: unknown, path: string, onKey: (key: string, path: string) => void, onString: (s: string, path: string) => void) {
  if (typeof value === 'string') onString(value, path)
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, onKey, onString))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      onKey(k, `${path}.${k}`)
      walk(v, `${path}.${k}`, onKey, onString)
    }
  }
}

function publicGetPaths(): string[] {
  const paths = ['/v1/quizzes', ...LANGS.map((l) => `/v1/quizzes?lang=${l}`)]
  for (const s of quizSources) {
    paths.push(`/v1/quizzes/${s.id}`)
    for (const lang of LANGS) paths.push(`/v1/quizzes/${s.id}?lang=${lang}`)
  }
  return paths
}

describe('public GET responses carry no answer keys', () => {
  it('has quizzes and secrets to look for (the test would notice a leak)', () => {
    expect(quizzes.length).toBeGreaterThan(0)
    const secrets = quizzes.flatMap(secretsOf)
    expect(secrets.length).toBeGreaterThan(quizzes[0]!.questions.length)
    // The walker finds a planted leak.
    const found: string[] = []
    walk({ a: [{ explanation: 'x' }, secrets[0]] }, '$', (k, p) => FORBIDDEN_KEYS.includes(k) && found.push(p), (s, p) => secrets.includes(s) && found.push(p))
    expect(found).toEqual(['$.a[0].explanation', '$.a[1]'])
  })

  for (const path of publicGetPaths()) {
    it(`GET ${path}`, async () => {
      const res = await SELF.fetch(`http://x${path}`)
      expect(res.status).toBe(200)
      const body: unknown = await res.json()
      const leaks: string[] = []
      const all = quizzes.flatMap(secretsOf)
      const explanations = quizzes.flatMap((q) => q.questions.flatMap((x) => [x.explanation.ar, x.explanation.en]))
      walk(
        body,
        '$',
        (key, at) => {
          if (FORBIDDEN_KEYS.includes(key)) leaks.push(`key ${at}`)
        },
        (s, at) => {
          // Accepted answers may also occur inside the article ("بكين"), so only a whole value is a leak.
          if (all.includes(s.trim())) leaks.push(`value ${at}: ${s}`)
          // Explanations are whole sentences written for the key: not even as part of a string.
          for (const e of explanations) if (s.includes(e)) leaks.push(`explanation in ${at}: ${e.slice(0, 40)}…`)
        },
      )
      expect(leaks).toEqual([])
    })
  }
})
