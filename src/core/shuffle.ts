import type { PublicQuiz } from './public-quiz.ts'

/**
 * The order students see an assignment's questions and choices in when the assignment shuffles. The
 * seed is an HMAC of the assignment code under a server secret: a shuffle seeded by the public code
 * alone could be replayed by anyone to undo it, and a quiz file may keep every right choice first.
 */

/**
 * The seed of an assignment's shuffle: HMAC-SHA-256 of `code` (and the client's own `clientSeed`, if
 * any) under `secret`, hex. Without the secret nobody can compute the order from the code.
 */
export async function shuffleSeed(secret: string, code: string, clientSeed = ''): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${code}:${clientSeed}`))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** A seeded Fisher–Yates shuffle (mulberry32 over an FNV-1a hash of the seed): the same seed, the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193)
  let state = hash >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/**
 * The quiz with its questions, then each question's choices, shuffled from `seed`. Answers are
 * choice ids, so the order never changes grading.
 */
export function shuffleQuiz(quiz: PublicQuiz, seed: string): PublicQuiz {
  const questions = seededShuffle(quiz.questions, seed).map((question) =>
    question.choices ? { ...question, choices: seededShuffle(question.choices, `${seed}:${question.id}`) } : question,
  )
  return { ...quiz, questions }
}
