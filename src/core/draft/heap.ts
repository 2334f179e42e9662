/** A binary heap: items in, the first by `before` out, each in a time that grows with the log of its size. */
export class Heap<T> {
  readonly #items: T[] = []
  readonly #before: (a: T, b: T) => boolean

  constructor(before: (a: T, b: T) => boolean) {
    this.#before = before
  }

  get size(): number {
    return this.#items.length
  }

  push(item: T): void {
    const items = this.#items
    items.push(item)
    for (let k = items.length - 1; k > 0; ) {
      const parent = (k - 1) >> 1
      if (!this.#before(items[k]!, items[parent]!)) break
      ;[items[k], items[parent]] = [items[parent]!, items[k]!]
      k = parent
    }
  }

  /** The first item, taken out; undefined when none is left. */
  pop(): T | undefined {
    const items = this.#items
    const first = items[0]
    const last = items.pop()
    if (items.length > 0) {
      items[0] = last!
      for (let k = 0; ; ) {
        const [left, right] = [2 * k + 1, 2 * k + 2]
        let least = k
        if (left < items.length && this.#before(items[left]!, items[least]!)) least = left
        if (right < items.length && this.#before(items[right]!, items[least]!)) least = right
        if (least === k) break
        ;[items[k], items[least]] = [items[least]!, items[k]!]
        k = least
      }
    }
    return first
  }
}
