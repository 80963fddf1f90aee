import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateDocument } from '../../../../../shared/domain'
import { signatureLimits, toSignature, type PadStroke } from '../../../../../renderer/src/features/signup/signing/signature-data'

const stroke = (start: number, ...xy: [number, number][]): PadStroke => ({
  points: xy.map(([x, y], i) => ({ x, y, time: start + i * 16, pressure: 0.5 })),
})

describe('toSignature', () => {
  it('keeps the pad size and writes each point as [x, y, ms since the stroke began, pressure], rounded to 0.1 px', () => {
    const signature = toSignature([stroke(1_764_000_000_000, [10.04, 20.06], [30.449, 40.251]), stroke(1_764_000_001_000, [50, 60])], { width: 600.04, height: 240 })
    expect(signature).toEqual({
      width: 600, height: 240,
      strokes: [
        { points: [[10, 20.1, 0, 0.5], [30.4, 40.3, 16, 0.5]] },
        { points: [[50, 60, 0, 0.5]] },
      ],
    })
  })

  it('is null when nothing was drawn or the pad has no size', () => {
    expect(toSignature([], { width: 600, height: 240 })).toBeNull()
    expect(toSignature([{ points: [] }], { width: 600, height: 240 })).toBeNull()
    expect(toSignature([stroke(0, [1, 1])], { width: 0, height: 240 })).toBeNull()
  })

  it('keeps a pointer dragged past the edge on the edge, and pressure within 0..1', () => {
    const s = toSignature([{ points: [
      { x: -12, y: 300, time: 5, pressure: 1.7 }, { x: 700, y: -3, time: 21, pressure: -1 }, { x: 5, y: 5, time: 30, pressure: Number.NaN },
    ] }], { width: 600, height: 240 })
    expect(s?.strokes[0]?.points).toEqual([[0, 240, 0, 1], [600, 0, 16, 0], [5, 5, 25, 0]])
  })

  it('drops points that repeat the previous one once rounded, and points that are not numbers', () => {
    const s = toSignature([{ points: [
      { x: 10, y: 10, time: 0, pressure: 0.5 }, { x: 10.01, y: 10.02, time: 8, pressure: 0.5 },
      { x: Number.NaN, y: 3, time: 9, pressure: 0.5 }, { x: 11, y: 10, time: 16, pressure: 0.5 },
    ] }], { width: 100, height: 100 })
    expect(s?.strokes[0]?.points).toEqual([[10, 10, 0, 0.5], [11, 10, 16, 0.5]])
  })

  it('cuts at the schema limits: strokes and points per stroke', () => {
    const many = Array.from({ length: signatureLimits.strokes + 5 }, (_, i) => stroke(i * 1000, [i % 100, 1]))
    expect(toSignature(many, { width: 100, height: 100 })?.strokes).toHaveLength(signatureLimits.strokes)
    const long = { points: Array.from({ length: signatureLimits.pointsPerStroke + 50 }, (_, i) => ({ x: (i % 1000) / 10, y: Math.floor(i / 1000), time: i, pressure: 0.5 })) }
    expect(toSignature([long], { width: 100, height: 100 })?.strokes[0]?.points).toHaveLength(signatureLimits.pointsPerStroke)
  })

  it('whatever the pad hands in, the result fits the signuplines schema', () => {
    const point = fc.record({
      x: fc.double({ min: -1e4, max: 2e4, noNaN: false }), y: fc.double({ min: -1e4, max: 2e4 }),
      time: fc.double({ min: 0, max: 2e12 }), pressure: fc.double({ min: -2, max: 2 }),
    })
    fc.assert(fc.property(
      fc.array(fc.record({ points: fc.array(point, { maxLength: 30 }) }), { maxLength: 8 }),
      fc.double({ min: 0.05, max: 2e4, noNaN: true }), fc.double({ min: 0.05, max: 2e4, noNaN: true }),
      (strokes, width, height) => {
        const signature = toSignature(strokes, { width, height })
        if (!signature) return
        const line = {
          id: 'r-1', sheetId: 'loc-1:2026-12-02', locationId: 'loc-1', date: '2026-12-02', childId: 'k-1', dayPart: 'hele dag',
          parentName: 'Eva', signature, signedAt: '2026-12-01T09:00:00.000Z', billing: 'factuur', by: 'mw-1', device: 'pc-a', at: '2026-12-01T09:00:00.000Z',
        }
        expect(validateDocument('signuplines', line)).toEqual({ ok: true })
        for (const s of signature.strokes) for (const [x, y] of s.points) {
          expect(Math.round(x * 10) / 10).toBe(x)
          expect(Math.round(y * 10) / 10).toBe(y)
        }
      },
    ), { numRuns: 200 })
  })
})
