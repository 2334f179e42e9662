import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seededShuffle, shuffleQuiz, shuffleSeed } from '../../src/core/shuffle.ts'
import { toPublicQuiz } from '../../src/core/public-quiz.ts'
import { sampleQuiz } from './export-fixture.ts'

describe('shuffleSeed', () => {
  it('is HMAC-SHA-256 of "code:clientSeed" under the secret (RFC 4231 style check against node:crypto)', async () => {
    const { createHmac } = await import('node:crypto')
    for (const [secret, code, client] of [
      ['s3cret', '8K3MPQ', ''],
      ['another', '8K3MPQ', 'att-42'],
      ['s3cret', 'ABCDEF', 'x'],
    ]) {
      expect(await shuffleSeed(secret!, code!, client)).toBe(createHmac('sha256', secret!).update(`${code}:${client}`).digest('hex'))
    }
  })

  it('differs per secret, code and client seed', async () => {
    const seeds = await Promise.all([shuffleSeed('a', 'ABCDEF'), shuffleSeed('b', 'ABCDEF'), shuffleSeed('a', 'ABCDEG'), shuffleSeed('a', 'ABCDEF', 'mine')])
    expect(new Set(seeds).size).toBe(4)
  })
})

describe('seededShuffle', () => {
  it('is a permutation, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.string({ maxLength: 20 }), (items, seed) => {
        const once = seededShuffle(items, seed)
        expect([...once].sort()).toEqual([...items].sort())
        expect(seededShuffle(items, seed)).toEqual(once)
      }),
    )
  })
})

describe('shuffleQuiz', () => {
  it('shuffles questions and the choices of each, keeping every choice with its text', () => {
    const quiz = toPublicQuiz(sampleQuiz(), 'ar')
    const shuffled = shuffleQuiz(quiz, 'a-seed')
    expect(shuffled.questions.map((q) => q.id).sort()).toEqual(quiz.questions.map((q) => q.id).sort())
    for (const question of shuffled.questions) {
      const original = quiz.questions.find((q) => q.id === question.id)!
      expect([...(question.choices ?? [])].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...(original.choices ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
      )
    }
    expect(shuffleQuiz(quiz, 'a-seed')).toEqual(shuffled)
  })
})
