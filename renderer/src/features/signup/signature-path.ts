// A parent's signature as SVG, from the vector data the pad recorded (F6): one path per stroke,
// drawn as quadratic curves through the midpoints between samples (the control point is the sample
// itself), which is smooth without inventing a shape the pen did not make. A stroke of one sample
// (a dot) becomes a zero-length line that a round cap draws as a dot.
import type { Signature } from '../../../../shared/domain'

export interface SignaturePath {
  d: string
  /** In pad units (the viewBox), from the stroke's mean pressure: a firmer hand draws a thicker line. */
  width: number
}

const r = (n: number): string => String(Math.round(n * 10) / 10)

/** Pad units of line at no pressure and added at full pressure, for a pad a few hundred units wide. */
const minWidth = 1.5
const pressureWidth = 2.5

export function strokePath(points: readonly (readonly number[])[]): string {
  const xy = points.map((p) => [p[0] ?? 0, p[1] ?? 0] as const)
  const first = xy[0]
  if (!first) return ''
  if (xy.length === 1) return `M${r(first[0])} ${r(first[1])}L${r(first[0])} ${r(first[1])}`
  if (xy.length === 2) return `M${r(first[0])} ${r(first[1])}L${r(xy[1]![0])} ${r(xy[1]![1])}`
  let d = `M${r(first[0])} ${r(first[1])}`
  for (let i = 1; i < xy.length - 1; i++) {
    const [x, y] = xy[i]!
    const [nx, ny] = xy[i + 1]!
    d += `Q${r(x)} ${r(y)} ${r((x + nx) / 2)} ${r((y + ny) / 2)}`
  }
  const last = xy[xy.length - 1]!
  return `${d}L${r(last[0])} ${r(last[1])}`
}

export function signaturePaths(signature: Pick<Signature, 'strokes'>): SignaturePath[] {
  return signature.strokes
    .filter((stroke) => stroke.points.length > 0)
    .map((stroke) => {
      const pressures = stroke.points.map((p) => p[3])
      const mean = pressures.reduce((sum, p) => sum + p, 0) / pressures.length
      return { d: strokePath(stroke.points), width: Math.round((minWidth + pressureWidth * mean) * 10) / 10 }
    })
}
