// Documents the server refused in the last push, per collection. RxDB asks the conflict handler to
// resolve every conflict the push handler returns; for a refused document the answer must be the
// server's state, not a merge: merging would keep the refused change and push it again, forever.
// What the refused change held is not lost: the server wrote a notice with it for this PC (F7).
const refused = new Map<string, Set<string>>()

export function markRefused(collection: string, ids: readonly string[]): void {
  if (ids.length === 0) return
  const set = refused.get(collection) ?? new Set<string>()
  for (const id of ids) set.add(id)
  refused.set(collection, set)
}

/** True once for a refused document: the conflict handler settles on the server's state. */
export function takeRefused(collection: string, id: string): boolean {
  const set = refused.get(collection)
  return set?.delete(id) ?? false
}
