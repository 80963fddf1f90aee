// Compare-and-set needs "is this the stored document?". Documents make a round trip through jsonb,
// which reorders object keys, so equality is structural over JSON values, not textual.

export function sameDocument(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameDocument(item, b[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  // A key holding undefined does not survive JSON: treat it as absent on both sides.
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined)
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(rb, k) && sameDocument(ra[k], rb[k]))
}
