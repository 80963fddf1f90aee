// The location a fact about a child is recorded at (journal `wachtwoord`, `inlogadres`). A journal
// fact carries one location, which decides which PCs see it and which staff may write it (R19): the
// location of the child's current placement that this user on this PC covers, else its latest such
// placement, else any covered location of the child. null: nothing here may act for this child.
import type { Child } from '../../../../shared/domain'

export function factLocation(
  child: Pick<Child, 'placements' | 'locationIds'>, today: string, covers: (locationId: string) => boolean,
): string | null {
  const placements = child.placements.filter((p) => covers(p.locationId))
  const current = placements.find((p) => p.start <= today && (p.end === undefined || p.end >= today))
  const latest = [...placements].sort((x, y) => y.start.localeCompare(x.start))[0]
  return (current ?? latest)?.locationId ?? child.locationIds.find(covers) ?? null
}
