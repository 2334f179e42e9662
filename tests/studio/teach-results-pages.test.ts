import { afterEach, describe, expect, it, vi } from 'vitest'
import { api } from '../../src/teach/api.ts'

// The results' rows come a page at a time (the API's `limit`, 200 by default, and `nextCursor`); the
// figures whole on every page. The teacher page shows every student however many pages they take.

const saved = { classId: 'c1', teacherKey: 'key', joinCode: 'ABC123', name: null, savedAt: '2026-12-04T00:00:00Z' }
const row = (n: number) => ({ studentKey: `name:s${n}`, name: `s${n}` })

afterEach(() => vi.unstubAllGlobals())

describe('the teacher page reads an assignment’s results', () => {
  it('follows nextCursor to the last page and keeps every row once, in order', async () => {
    const pages: Record<string, unknown> = {
      '': { students: [row(1), row(2)], questions: [{ questionId: 'q' }], totals: { students: 5 }, nextCursor: 'p2' },
      p2: { students: [row(3), row(4)], questions: [{ questionId: 'q' }], totals: { students: 5 }, nextCursor: 'p3' },
      p3: { students: [row(5)], questions: [{ questionId: 'q' }], totals: { students: 5 }, nextCursor: null },
    }
    const asked: string[] = []
    vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
      asked.push(path)
      expect(new Headers(init.headers).get('Authorization')).toBe('Bearer key')
      const cursor = new URL(path, 'http://localhost').searchParams.get('cursor') ?? ''
      return new Response(JSON.stringify(pages[cursor]), { status: 200, headers: { 'Content-Type': 'application/json' } })
    })
    const results = await api.results(saved as never, 'a1', 'ar')
    expect(results.students.map((student) => student.name)).toEqual(['s1', 's2', 's3', 's4', 's5'])
    expect(results.totals).toEqual({ students: 5 })
    expect('nextCursor' in results).toBe(false)
    expect(asked).toEqual([
      '/v1/classes/c1/assignments/a1/results?lang=ar',
      '/v1/classes/c1/assignments/a1/results?lang=ar&cursor=p2',
      '/v1/classes/c1/assignments/a1/results?lang=ar&cursor=p3',
    ])
  })
})
