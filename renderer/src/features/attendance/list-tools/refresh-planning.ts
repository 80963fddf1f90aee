// `Planning verversen` (F2, only on an unlocked list, R18): ask the sync engine to pull the planning
// from the server now (RxDB's reSync on the replications that carry it) instead of waiting for the
// server's next event, rebuild the list from the latest placements and requests, make that the
// list's snapshot, and tell what changed against the list as it was frozen before.
import type { Group } from '../../../../../shared/domain'
import type { CollectionName } from '../../../../../shared/domain/collections'
import { attendanceDayId } from '../../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../../db/collection-types'
import { freezePlanning, type ListSnapshot } from './list-snapshot'
import { plannedChildren, planningDiff, type PlanningDiff } from './planning-diff'
import { readSnapshot, saveSnapshot } from './snapshot-store'

/** What the planning of a list is made of: placements live in children, groups in locations. */
export const PLANNING_COLLECTIONS: readonly CollectionName[] = ['locations', 'children', 'requests']

/** Long enough for a pull over a slow line; a pull that takes longer still lands, and the list follows it. */
export const PULL_TIMEOUT_MS = 8_000

export type PullOutcome = 'pulled' | 'offline' | 'timeout'

/** What this needs of the sync engine (db/sync-engine.ts): a replication per collection to pull again. */
export interface PlanningSync {
  replication(name: CollectionName): { reSync(): void; awaitInSync(): Promise<unknown> } | undefined
}

/** Pulls the planning now. Offline it does not try: the list is rebuilt from what this PC has. */
export async function pullPlanningNow(sync: PlanningSync, online: boolean, timeoutMs = PULL_TIMEOUT_MS): Promise<PullOutcome> {
  if (!online) return 'offline'
  const replications = PLANNING_COLLECTIONS.map((name) => sync.replication(name)).filter((r) => r !== undefined)
  for (const replication of replications) replication.reSync()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs) })
  try {
    return await Promise.race([Promise.all(replications.map((r) => r.awaitInSync())).then(() => 'pulled' as const), timeout])
  } finally {
    clearTimeout(timer)
  }
}

export interface RefreshInput {
  db: LocatiedeskDatabase
  sync: PlanningSync
  online: boolean
  group: Group
  locationId: string
  date: string
  /** The moment of the refresh on the server-corrected clock. */
  now: () => Date
  timeoutMs?: number
}

export interface RefreshResult {
  pull: PullOutcome
  diff: PlanningDiff
  snapshot: ListSnapshot
}

async function currentPlanning(db: LocatiedeskDatabase, a: Pick<RefreshInput, 'group' | 'locationId' | 'date'>, at: Date): Promise<ListSnapshot> {
  const [children, requests] = await Promise.all([
    db.children.find().exec(),
    db.requests.find({ selector: { groupId: a.group.id, date: a.date } }).exec(),
  ])
  return freezePlanning({
    groupId: a.group.id, date: a.date, at,
    children: children.map((d) => d.toMutableJSON()).filter((child) => child.locationIds.includes(a.locationId)),
    requests: requests.map((d) => d.toMutableJSON()),
  })
}

export async function refreshPlanning(a: RefreshInput): Promise<RefreshResult> {
  // The list as it stood: its snapshot, or (none yet, e.g. during a first sync) the planning before the pull.
  const before = (await readSnapshot(a.db, attendanceDayId(a.date, a.group.id))) ?? await currentPlanning(a.db, a, a.now())
  const pull = await pullPlanningNow(a.sync, a.online, a.timeoutMs)
  const after = await currentPlanning(a.db, a, a.now())
  await saveSnapshot(a.db, after)
  // Each side named as its own snapshot knew the children.
  const side = (s: ListSnapshot) => plannedChildren({ group: a.group, date: a.date, children: [], planning: s.planning, names: s.names })
  return { pull, diff: planningDiff(side(before), side(after)), snapshot: after }
}
