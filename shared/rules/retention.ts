// R17 (default, privacy): a location PC keeps a child's data until 8 weeks after its last
// placement ended, then removes it from its local database (the server keeps it longer).
import { addDays, isDateString } from '../calendar'
import { defaults } from './defaults'

export type RetentionChild = { id: string; placements: readonly { start: string; end?: string | null }[] }

/** Ids of the children whose last placement ended more than 8 weeks before `today`. */
export function retentionSelection(a: { children: readonly RetentionChild[]; today: string }): string[] {
  return a.children.filter((child) => expired(child, a.today)).map((child) => child.id)
}

function expired(child: RetentionChild, today: string): boolean {
  // No placement at all says nothing about an ending: keep the data rather than lose it.
  if (child.placements.length === 0) return false
  let lastEnd = ''
  for (const p of child.placements) {
    // An open-ended or malformed end means the placement may still run.
    if (p.end == null || !isDateString(p.end)) return false
    if (p.end > lastEnd) lastEnd = p.end
  }
  return today > addDays(lastEnd, defaults.pcRetentionWeeks * 7)
}
