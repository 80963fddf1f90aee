import { describe, expect, it } from 'vitest'
import { isRealInput, type PointerSeen } from '../../../../renderer/src/features/session/real-input'

const move = (type: 'mousemove' | 'pointermove', x: number, y: number) => ({ type, isTrusted: true, screenX: x, screenY: y })
const unseen = (): PointerSeen => ({ x: Number.NaN, y: Number.NaN })

describe('isRealInput (what keeps the idle lock away)', () => {
  it("ignores events a script dispatched: RxDB's replication sends a mousemove every 20 s", () => {
    // What RxDB's preventHibernateBrowserTab dispatches: new Event('mousemove'), untrusted, no position.
    expect(isRealInput({ type: 'mousemove', isTrusted: false }, unseen())).toBe(false)
    expect(isRealInput({ type: 'keydown', isTrusted: false }, unseen())).toBe(false)
  })

  it('counts a mouse move only when the pointer moved', () => {
    const seen = unseen()
    expect(isRealInput(move('pointermove', 100, 200), seen)).toBe(true)
    // The same position again (the mousemove twin of that pointermove, or a hover update): nobody moved.
    expect(isRealInput(move('mousemove', 100, 200), seen)).toBe(false)
    expect(isRealInput(move('mousemove', 100, 200), seen)).toBe(false)
    expect(isRealInput(move('mousemove', 101, 200), seen)).toBe(true)
    expect(isRealInput(move('pointermove', 101, 201), seen)).toBe(true)
  })

  it('counts every real key, click, wheel, touch and scroll', () => {
    const seen: PointerSeen = { x: 5, y: 5 }
    for (const type of ['keydown', 'pointerdown', 'mousedown', 'wheel', 'touchstart', 'scroll']) {
      expect(isRealInput({ type, isTrusted: true }, seen), type).toBe(true)
    }
  })
})
