import { describe, expect, it } from 'vitest'
import type { ChangeEvent } from '../../../shared/sync'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'

const event = (seq: number): ChangeEvent => ({ collection: 'children', documents: [{ id: `k${seq}`, _deleted: false }], checkpoint: { seq } })

function setup() {
  const bus = createLocalChangeBus()
  const seen: number[] = []
  bus.subscribe((e) => seen.push(e.checkpoint.seq))
  return { publisher: createOrderedPublisher(bus), seen }
}

describe('ordered publisher', () => {
  it('holds a later commit back until the earlier one is announced', () => {
    const { publisher, seen } = setup()
    const first = publisher.reserve()
    const second = publisher.reserve()
    second.fill(event(2))
    expect(seen).toEqual([])
    first.fill(event(1))
    expect(seen).toEqual([1, 2])
  })

  it('skips slots that wrote nothing or rolled back, without holding up the rest', () => {
    const { publisher, seen } = setup()
    const a = publisher.reserve()
    const b = publisher.reserve()
    const c = publisher.reserve()
    c.fill(event(3))
    b.cancel()
    expect(seen).toEqual([])
    a.fill(null)
    expect(seen).toEqual([3])
    const d = publisher.reserve()
    d.fill(event(4))
    expect(seen).toEqual([3, 4])
  })

  it('ignores a second settlement of the same slot', () => {
    const { publisher, seen } = setup()
    const a = publisher.reserve()
    a.fill(event(1))
    a.fill(event(9))
    a.cancel()
    expect(seen).toEqual([1])
  })
})
