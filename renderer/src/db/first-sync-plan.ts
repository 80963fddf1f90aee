// The order of a new PC's first sync (DESIGN §4: make today usable fast, whatever the history's
// size). Master data first: the lists of today stand on it. Then the facts of the days around today,
// pulled with a date window (window-pass.ts). Then the full replication of every collection, which
// brings the long history and keeps running live afterwards.
import { defaults } from '../../../shared/rules/defaults'
import { addDays } from '../../../shared/calendar'
import type { CollectionName } from '../../../shared/domain/collections'
import type { PullWindow } from '../../../shared/sync'

export type FirstSyncPhaseName = 'master-data' | 'around-today' | 'history'

/** One step: a collection's first pass over the window, or its full (live) replication. */
export interface FirstSyncStep {
  collection: CollectionName
  mode: 'window' | 'full'
}

export interface FirstSyncPhase {
  name: FirstSyncPhaseName
  steps: readonly FirstSyncStep[]
}

/** The days around today a new PC fetches before the history: a week back (the lists just past, R18) and the requests window ahead (R1: 28 days). */
export const FIRST_SYNC_WINDOW = {
  daysBefore: defaults.unlockOldListAfterDays,
  daysAfter: defaults.staffRequestWindow.maxDaysAhead,
} as const

/**
 * Documents per pull in each phase (measured with bench/, DESIGN §4's workload): small pages for the
 * master data, so that today's list fills after the first page is stored; large pages for the days
 * around today and the history, where fewer, bigger writes cost the renderer and IndexedDB about a
 * sixth less CPU.
 */
export const FIRST_SYNC_BATCH_SIZES: Readonly<Record<FirstSyncPhaseName, number>> = { 'master-data': 250, 'around-today': 1000, history: 1000 }

/** The collections whose documents carry a `date` and grow with the history. */
export const windowedCollections: readonly CollectionName[] = ['attendance', 'absences', 'requests']

const masterData: readonly CollectionName[] = ['locations', 'staff', 'children']
/** Small and per PC: fully in the second phase. */
const aroundTodayFull: readonly CollectionName[] = ['notices']

export function windowAround(today: string): PullWindow {
  return { from: addDays(today, -FIRST_SYNC_WINDOW.daysBefore), to: addDays(today, FIRST_SYNC_WINDOW.daysAfter) }
}

const full = (collection: CollectionName): FirstSyncStep => ({ collection, mode: 'full' })

/**
 * The phases for the collections a database actually opened (tests open fewer). With `windowed`
 * false (no today known) the days around today come from the full pulls, collection by collection.
 */
export function firstSyncPlan(opened: readonly CollectionName[], windowed: boolean): FirstSyncPhase[] {
  const has = (name: CollectionName) => opened.includes(name)
  const around: FirstSyncStep[] = windowed
    ? [...windowedCollections.filter(has).map((collection): FirstSyncStep => ({ collection, mode: 'window' })), ...aroundTodayFull.filter(has).map(full)]
    : [...windowedCollections, ...aroundTodayFull].filter(has).map(full)
  const planned = new Set<CollectionName>([...masterData, ...around.filter((s) => s.mode === 'full').map((s) => s.collection)])
  const phases: FirstSyncPhase[] = [
    { name: 'master-data', steps: masterData.filter(has).map(full) },
    { name: 'around-today', steps: around },
    // Everything not yet replicating, in the order the database opened it.
    { name: 'history', steps: opened.filter((name) => !planned.has(name)).map(full) },
  ]
  return phases.filter((phase) => phase.steps.length > 0)
}

/** F7's progress bar. `state: 'done'` also on every later start, when the first sync lies behind. */
export interface FirstSyncProgress {
  state: 'running' | 'done'
  phase: FirstSyncPhaseName | null
  /** The phase's place in the plan (1-based; 0 before the first), of phaseCount: F7's "stap X van Y". */
  phaseNumber: number
  phaseCount: number
  /** Steps (window passes and full replications) finished, of all steps planned. */
  collectionsDone: number
  collectionsTotal: number
  /** Documents received so far (no total is known in advance: the server does not count). */
  documents: number
}

export function progressFraction(progress: FirstSyncProgress): number {
  if (progress.state === 'done' || progress.collectionsTotal === 0) return 1
  return progress.collectionsDone / progress.collectionsTotal
}
