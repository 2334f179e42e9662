import { afterEach, describe, expect, it, vi } from 'vitest'
import { attemptKey, dropOlderVersions, load, quizKey, save } from '../../src/widget/storage.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('storage', () => {
  it('keeps progress per quiz version', () => {
    save(quizKey('q', 1), { answers: { a: 'x' } })
    expect(load(quizKey('q', 1))).toEqual({ answers: { a: 'x' } })
    expect(load(quizKey('q', 2))).toBeNull()
    expect(quizKey('q', 2)).not.toBe(quizKey('q', 1))
    expect(attemptKey('ABC')).not.toBe(quizKey('ABC', 1))
  })

  it('drops only older versions of the same quiz', () => {
    for (const key of [quizKey('q', 1), quizKey('q', 2), quizKey('q', 3), quizKey('q-2', 1), attemptKey('Q'), 'fahm:q:q:x']) save(key, { a: 1 })
    dropOlderVersions('q', 2)
    expect(Object.keys(localStorage).sort()).toEqual([attemptKey('Q'), 'fahm:q:q:x', quizKey('q', 2), quizKey('q', 3), quizKey('q-2', 1)].sort())
  })

  it('removes the entry when saving null', () => {
    save('k', { a: 1 })
    save('k', null)
    expect(localStorage.getItem('k')).toBeNull()
  })

  it('treats unreadable entries as missing', () => {
    localStorage.setItem('k', '{not json')
    expect(load('k')).toBeNull()
  })

  it('never throws when storage is full or disabled', () => {
    const fail = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    vi.stubGlobal('localStorage', { getItem: fail, setItem: fail, removeItem: fail })
    expect(() => save('k', { a: 1 })).not.toThrow()
    expect(load('k')).toBeNull()
  })
})
