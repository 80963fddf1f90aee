import { describe, expect, it } from 'vitest'
import { scaleStrokes } from '../../../../../renderer/src/features/signup/signing/pad-resize'

const groups = [{ penColor: 'black', points: [{ x: 100, y: 50, time: 1, pressure: 0.5 }, { x: 300, y: 200, time: 17, pressure: 0.6 }] }]

describe('scaleStrokes', () => {
  it('moves every point with the pad when it is resized, keeping time, pressure and the group options', () => {
    expect(scaleStrokes(groups, { width: 600, height: 240 }, { width: 300, height: 120 })).toEqual([
      { penColor: 'black', points: [{ x: 50, y: 25, time: 1, pressure: 0.5 }, { x: 150, y: 100, time: 17, pressure: 0.6 }] },
    ])
    expect(scaleStrokes(groups, { width: 600, height: 240 }, { width: 600, height: 480 })[0]?.points.map((p) => [p.x, p.y])).toEqual([[100, 100], [300, 400]])
  })

  it('leaves the strokes as they are on the first fit and when nothing changed', () => {
    expect(scaleStrokes(groups, { width: 0, height: 0 }, { width: 300, height: 120 })).toBe(groups)
    expect(scaleStrokes(groups, { width: 600, height: 240 }, { width: 600, height: 240 })).toBe(groups)
  })
})
