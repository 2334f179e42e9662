import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Heap } from '../../src/core/draft/heap.ts'

/**
 * The heap the drafter takes its next question from (spreadOver): items come out in the order `before` sets, as a
 * sort of them would give; popped and pushed back in between, as the drafter does with a paragraph whose count grew.
 */
describe('Heap', () => {
  const byValueThenIndex = (a: { v: number; k: number }, b: { v: number; k: number }) => a.v < b.v || (a.v === b.v && a.k < b.k)

  it.each<[string, number[]]>([
    ['empty', []],
    ['one', [4]],
    ['ascending', [1, 2, 3, 4, 5]],
    ['descending', [5, 4, 3, 2, 1]],
    ['ties, taken in the order they were listed', [2, 1, 2, 1, 2]],
  ])('pops %s in order', (_, values) => {
    const heap = new Heap(byValueThenIndex)
    values.forEach((v, k) => heap.push({ v, k }))
    const out: { v: number; k: number }[] = []
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item)
    expect(out).toEqual(values.map((v, k) => ({ v, k })).sort((a, b) => a.v - b.v || a.k - b.k))
    expect(heap.size).toBe(0)
  })

  it('gives what a sort gives when items go back in with a later key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (values) => {
        const items = values.map((v, k) => ({ v, k }))
        const heap = new Heap(byValueThenIndex)
        for (const item of items) heap.push({ ...item })
        // The first two out go back in once, two later: the reference takes them out of a list the same way.
        const list = items.map((item) => ({ ...item }))
        const fromHeap: string[] = []
        const fromList: string[] = []
        for (let round = 0; list.length > 0; round++) {
          list.sort((a, b) => a.v - b.v || a.k - b.k)
          const expected = list.shift()!
          const got = heap.pop()!
          fromList.push(`${expected.k}:${expected.v}`)
          fromHeap.push(`${got.k}:${got.v}`)
          if (round < 2) {
            list.push({ ...expected, v: expected.v + 2 })
            heap.push({ ...got, v: got.v + 2 })
          }
        }
        expect(heap.size).toBe(0)
        expect(fromHeap).toEqual(fromList)
      }),
      { numRuns: 200 },
    )
  })
})
