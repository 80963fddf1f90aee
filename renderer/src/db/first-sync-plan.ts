// The order of a new PC's first sync (DESIGN §4: make today usable fast, whatever the history's
// size). The wire protocol pulls a collection from a checkpoint with no filter, so the order is per
// collection: what the lists of today stand on first, today's own facts next, the long tail last.
// A date window on the server's pull would let "around today" skip older days (see the report).
import type { CollectionName } from '../../../shared/domain/collections'

export type FirstSyncPhaseName = 'master-data' | 'around-today' | 'history'

export interface FirstSyncPhase {
  name: FirstSyncPhaseName
  collections: readonly CollectionName[]
}

export const firstSyncPhases: readonly FirstSyncPhase[] = [
  { name: 'master-data', collections: ['locations', 'staff', 'children'] },
  { name: 'around-today', collections: ['attendance', 'absences', 'requests', 'notices'] },
  { name: 'history', collections: ['journal', 'studydays', 'signupsheets', 'signuplines', 'ledger'] },
]

/** The phases restricted to the collections a database actually opened (tests open fewer). */
export function phasesFor(opened: readonly string[]): FirstSyncPhase[] {
  return firstSyncPhases
    .map((phase) => ({ ...phase, collections: phase.collections.filter((name) => opened.includes(name)) }))
    .filter((phase) => phase.collections.length > 0)
}

/** F7's progress bar. `state: 'done'` also on every later start, when the first sync lies behind. */
export interface FirstSyncProgress {
  state: 'running' | 'done'
  phase: FirstSyncPhaseName | null
  collectionsDone: number
  collectionsTotal: number
  /** Documents received so far (no total is known in advance: the server does not count). */
  documents: number
}

export function progressFraction(progress: FirstSyncProgress): number {
  if (progress.state === 'done' || progress.collectionsTotal === 0) return 1
  return progress.collectionsDone / progress.collectionsTotal
}
