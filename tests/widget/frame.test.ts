import { afterEach, describe, expect, it, vi } from 'vitest'
import { linkFrame, parentOrigin } from '../../src/widget/frame.ts'

afterEach(() => vi.unstubAllGlobals())

describe('parentOrigin', () => {
  it('prefers ancestorOrigins, then the referrer, else any origin', () => {
    expect(parentOrigin('https://host.example', 'https://other.example/page')).toBe('https://host.example')
    expect(parentOrigin(undefined, 'https://host.example/a/b?c')).toBe('https://host.example')
    expect(parentOrigin('null', '')).toBe('*')
    expect(parentOrigin(undefined, '')).toBe('*')
  })
})

describe('linkFrame', () => {
  function setup(ancestor: string) {
    let observed: () => void = () => {}
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          observed = cb
        }
        observe() {
          observed()
        }
      },
    )
    const posted: [Record<string, unknown>, string][] = []
    const parent = { postMessage: (m: Record<string, unknown>, o: string) => posted.push([m, o]) }
    let onMessage: (e: Partial<MessageEvent>) => void = () => {}
    const win = {
      document,
      parent,
      location: { ancestorOrigins: [ancestor] },
      addEventListener: (_type: string, f: (e: Partial<MessageEvent>) => void) => (onMessage = f),
    } as unknown as Window
    linkFrame(win)
    return { posted, parent, send: (e: Partial<MessageEvent>) => onMessage(e), resize: () => observed() }
  }

  it('posts its height and the widget events to the parent origin, in the envelope', () => {
    const { posted } = setup('https://host.example')
    expect(posted[0]).toEqual([{ source: 'fahm', version: 1, type: 'resize', height: expect.any(Number) }, 'https://host.example'])
    document.dispatchEvent(new CustomEvent('fahm:answer', { detail: { questionId: 'q', correct: true, source: 'spoof' } }))
    expect(posted[1]).toEqual([{ source: 'fahm', version: 1, type: 'answer', questionId: 'q', correct: true }, 'https://host.example'])
  })

  it('answers size requests only from the parent window at the parent origin', () => {
    const { posted, parent, send } = setup('https://host.example')
    const ask = { source: 'fahm', version: 1, type: 'size?' }
    send({ source: {} as Window, origin: 'https://host.example', data: ask })
    send({ source: parent as unknown as Window, origin: 'https://evil.example', data: ask })
    send({ source: parent as unknown as Window, origin: 'https://host.example', data: { ...ask, version: 2 } })
    expect(posted).toHaveLength(1)
    send({ source: parent as unknown as Window, origin: 'https://host.example', data: ask })
    expect(posted).toHaveLength(2)
    expect(posted[1]![0].type).toBe('resize')
  })
})
