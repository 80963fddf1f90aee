// POST /privacy/children/:childId/delete (AVG): in ONE server write (server-write.ts: seq lock, one
// transaction, announced to the PCs), the child's own documents become tombstones without personal
// data, the group-day documents lose its entries, the outbox's messages about it are deleted, and
// the privacy log records that it happened. The PCs remove their copies when they pull
// (renderer/src/db/server-deletions.ts removes the tombstones from the PC too).
import type { Child, Staff } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import { writeAsServer, type ServerWriteDeps, type ServerWrites } from '../sync/server-write'
import { ownedCollections, readChildRecords, recordCounts, type ChildRecords } from './child-records'
import { deleteOutboxRows } from './outbox-rows'
import { childHash, writePrivacyLog } from './privacy-log'
import { attendanceWithoutChild, privacyTombstone } from './privacy-tombstone'

export type Access = { ok: true } | { ok: false; status: 403 | 404; code: string; message: string }

export interface DeletionRequest {
  childId: string
  actor: Pick<Staff, 'id'>
  now: Date
  /** Decided on the child as stored, under the lock: who may delete it. */
  access: (child: Child) => Access
  hashKey: string | null
}

export type DeletionOutcome =
  | { ok: true; childId: string; deletedAt: string; counts: Record<string, number> }
  | Extract<Access, { ok: false }>

export async function deleteChildEverywhere(deps: ServerWriteDeps, request: DeletionRequest): Promise<DeletionOutcome> {
  return writeAsServer<DeletionOutcome>(deps, async (q) => {
    const records = await readChildRecords(q, request.childId)
    if (records === null) return { result: notFound, writes: [] }
    const access = request.access(records.child)
    if (!access.ok) return { result: access, writes: [] }
    const at = request.now.toISOString()
    const outbox = await deleteOutboxRows(q, request.childId)
    const counts = { ...recordCounts(records), attendanceEntries: entryCount(records), outbox }
    await writePrivacyLog(q, { childHash: childHash(request.childId, request.hashKey), deletedBy: request.actor.id, deletedAt: request.now, counts })
    return { result: { ok: true, childId: request.childId, deletedAt: at, counts }, writes: deletionWrites(records, request.actor.id, at) }
  })
}

export const notFound = { ok: false, status: 404, code: 'kind-onbekend', message: 'Dit kind is niet bekend' } as const

function entryCount(records: ChildRecords): number {
  const childId = records.child.id
  return records.attendance.reduce((n, day) => n + (day.entries as { childId: string }[]).filter((e) => e.childId === childId).length, 0)
}

function deletionWrites(records: ChildRecords, author: string, at: string): ServerWrites[] {
  const meta = { author, device: null, clientTime: null }
  const tombstones = (collection: string, docs: readonly SyncDoc[]): ServerWrites[] =>
    docs.length === 0 ? [] : [{ collection, docs: docs.map(privacyTombstone), meta }]
  return [
    ...tombstones('journal', records.journal),
    ...ownedCollections.flatMap((c) => tombstones(c, records.owned[c])),
    ...tombstones('notices', records.notices),
    ...(records.attendance.length === 0 ? [] : [{
      collection: 'attendance', docs: records.attendance.map((day) => attendanceWithoutChild(day, records.child.id, at)), meta,
    }]),
    ...tombstones('children', [records.child]),
  ]
}
