import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, createHistory, MAX_UNDO_STEPS, MERGE_WINDOW_MS, record, redo, undo } from '../../src/studio/history.ts'

describe('undo history', () => {
  it('undoes and redoes steps in order, and a new change drops the redo steps', () => {
    let h = createHistory('a')
    h = record(h, 'b', null, 0)
    h = record(h, 'c', null, 1)
    expect(canUndo(h)).toBe(true)
    expect(canRedo(h)).toBe(false)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(canUndo(h)).toBe(false)
    expect(undo(h)).toBe(h)
    h = redo(h)
    expect(h.present).toBe('b')
    h = record(h, 'x', null, 2)
    expect(canRedo(h)).toBe(false)
    expect(redo(h)).toBe(h)
    expect(undo(h).present).toBe('b')
  })

  it('merges quick changes of one field into one step, but not of two fields or slow ones', () => {
    let h = createHistory('')
    h = record(h, 'a', 'prompt', 1000)
    h = record(h, 'ab', 'prompt', 1000 + MERGE_WINDOW_MS - 1)
    h = record(h, 'abc', 'prompt', 1000 + 2 * MERGE_WINDOW_MS - 2)
    expect(h.past).toEqual([''])
    h = record(h, 'abcd', 'title', 1000 + 2 * MERGE_WINDOW_MS)
    expect(h.past).toEqual(['', 'abc'])
    h = record(h, 'abcde', 'title', 1000 + 4 * MERGE_WINDOW_MS)
    expect(h.past).toEqual(['', 'abc', 'abcd'])
    // Right after an undo, typing starts a new step rather than merging into the undone one.
    h = undo(h)
    h = record(h, 'abcdX', 'title', 1000 + 4 * MERGE_WINDOW_MS + 1)
    expect(h.past).toEqual(['', 'abc', 'abcd'])
    expect(undo(h).present).toBe('abcd')
  })

  it('ignores a change to the same value and keeps a bounded number of steps', () => {
    let h = createHistory(0)
    expect(record(h, 0)).toBe(h)
    for (let i = 1; i <= MAX_UNDO_STEPS + 50; i++) h = record(h, i, null, i)
    expect(h.past).toHaveLength(MAX_UNDO_STEPS)
    expect(h.past[0]).toBe(50)
  })
})
