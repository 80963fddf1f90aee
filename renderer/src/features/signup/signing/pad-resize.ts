// A resized canvas is wiped by the browser; the pad's strokes are drawn again, scaled from the old CSS
// size to the new one so the signature keeps its place and shape on the pad (SignaturePadCanvas).
export interface PadSize {
  width: number
  height: number
}

export function scaleStrokes<G extends { points: readonly P[] }, P extends { x: number; y: number }>(groups: G[], from: PadSize, to: PadSize): G[] {
  // No size before (the first fit) or no change: nothing to scale.
  if (from.width <= 0 || from.height <= 0) return groups
  const sx = to.width / from.width
  const sy = to.height / from.height
  if (sx === 1 && sy === 1) return groups
  return groups.map((g) => ({ ...g, points: g.points.map((p) => ({ ...p, x: p.x * sx, y: p.y * sy })) }))
}
