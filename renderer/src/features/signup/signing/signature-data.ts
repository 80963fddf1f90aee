// What the pad drew, as the signuplines schema stores it: strokes of [x, y, ms since the stroke
// began, pressure 0–1] in pad pixels. Rounded to 0.1 px (finer than any screen shows, and a third of
// the size as text), clamped to the pad, and cut at the schema's limits so that a document built from
// a pad can never be refused for its signature. Pure: the pad hands its point groups in.
import { signupLineSchema, type Signature } from '../../../../../shared/domain'

/** One sample as the pad library records it (signature_pad's BasicPoint: `time` is epoch ms). */
export interface PadPoint {
  x: number
  y: number
  time: number
  pressure: number
}

export interface PadStroke {
  points: readonly PadPoint[]
}

const schema = signupLineSchema.properties.signature.properties
/** The schema's own limits, read from it so the two cannot drift apart. */
export const signatureLimits = {
  strokes: schema.strokes.maxItems,
  pointsPerStroke: schema.strokes.items.properties.points.maxItems,
  size: schema.width.maximum,
} as const

const tenth = (n: number) => Math.round(n * 10) / 10
const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n))

/**
 * The signature to store, or null when nothing usable was drawn (no stroke with a finite point, or
 * a pad without size). A pointer dragged past the pad's edge is kept on its edge.
 */
export function toSignature(strokes: readonly PadStroke[], size: { width: number; height: number }): Signature | null {
  const width = clamp(tenth(size.width), 0, signatureLimits.size)
  const height = clamp(tenth(size.height), 0, signatureLimits.size)
  if (!(width > 0) || !(height > 0)) return null
  const out: Signature['strokes'] = []
  for (const stroke of strokes) {
    if (out.length >= signatureLimits.strokes) break
    const points = strokePoints(stroke.points, width, height)
    if (points.length > 0) out.push({ points })
  }
  return out.length > 0 ? { width, height, strokes: out } : null
}

type StoredPoint = Signature['strokes'][number]['points'][number]

function strokePoints(points: readonly PadPoint[], width: number, height: number): StoredPoint[] {
  const finite = points.filter((p) => [p.x, p.y, p.time].every(Number.isFinite))
  const start = finite[0]?.time ?? 0
  const out: StoredPoint[] = []
  for (const p of finite) {
    if (out.length >= signatureLimits.pointsPerStroke) break
    const x = tenth(clamp(p.x, 0, width))
    const y = tenth(clamp(p.y, 0, height))
    const last = out[out.length - 1]
    // After rounding, a pointer that hardly moved repeats a point: it adds bytes and nothing to see.
    if (last && last[0] === x && last[1] === y) continue
    const pressure = Number.isFinite(p.pressure) ? Math.round(clamp(p.pressure, 0, 1) * 100) / 100 : 0
    out.push([x, y, Math.max(0, Math.round(p.time - start)), pressure])
  }
  return out
}
