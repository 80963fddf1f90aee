// A parent's signature as a signature pad records it: a few strokes of [x, y, t, pressure] samples.
// Drawn from the PRNG as a wavy line, so each line has its own small, deterministic signature.
import type { Signature } from '../../domain/types'
import type { Rng } from '../prng'

const round1 = (n: number): number => Math.round(n * 10) / 10

export function drawSignature(rng: Rng): Signature {
  const width = 600
  const height = 200
  const strokes: Signature['strokes'] = []
  let x = rng.int(30, 80)
  for (let s = rng.int(2, 4); s > 0 && x < width - 60; s--) {
    const points: Signature['strokes'][number]['points'] = []
    const baseline = rng.int(80, 130)
    const amplitude = rng.int(15, 45)
    const wavelength = rng.int(18, 40)
    let t = 0
    for (let i = rng.int(14, 32); i > 0 && x < width - 10; i--) {
      const y = baseline + amplitude * Math.sin(x / wavelength) + rng.next() * 6 - 3
      points.push([round1(x), round1(Math.max(0, Math.min(height, y))), t, round1(0.3 + rng.next() * 0.6)])
      x += rng.int(4, 12)
      t += rng.int(8, 20)
    }
    if (points.length > 0) strokes.push({ points })
    x += rng.int(10, 40)
  }
  if (strokes.length === 0) strokes.push({ points: [[10, 100, 0, 0.5], [40, 90, 16, 0.5]] })
  return { width, height, strokes }
}
