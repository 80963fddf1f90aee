// GET /privacy/children/:childId/export (AVG, right of access): everything held about a child and
// its parents, as one JSON document: the child (parents, placements, medical notes, collectors),
// its entries on the attendance lists, absences, requests with their decisions, ledger entries,
// sign-up lines with signatures, the journal facts about it, the notices that carry its data, and
// the server-only rows (the outbox's messages to its parents, when the outbox exists).
import type { AttendanceDay, Child } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import { readChildRecords, type ChildRecords } from './child-records'
import { readOutboxRows, type OutboxRow } from './outbox-rows'

type Doc = Record<string, unknown>

export interface AttendanceExportRow {
  dayId: string
  date: string
  groupId: string
  locationId: string
  entry: Doc
}

export interface ChildExport {
  exportedAt: string
  exportedBy: string
  childId: string
  child: Doc
  attendance: AttendanceExportRow[]
  absences: Doc[]
  requests: Doc[]
  ledger: Doc[]
  signuplines: Doc[]
  journal: Doc[]
  notices: Doc[]
  /** Server-only: null when this server has no outbox. */
  outbox: OutboxRow[] | null
}

/** The document as the organisation holds it; `_deleted` is replication bookkeeping (always false here). */
function plain(doc: SyncDoc): Doc {
  const { _deleted: _unused, ...fields } = doc
  return fields
}

function attendanceRows(records: ChildRecords): AttendanceExportRow[] {
  const childId = records.child.id
  return records.attendance.flatMap((doc) => {
    const day = doc as unknown as AttendanceDay
    return day.entries.filter((entry) => entry.childId === childId)
      .map((entry) => ({ dayId: day.id, date: day.date, groupId: day.groupId, locationId: day.locationId, entry: { ...entry } }))
  })
}

export async function exportChild(
  q: Queryable, childId: string, by: string, now: Date, access: (child: Child) => boolean,
): Promise<ChildExport | null> {
  const records = await readChildRecords(q, childId)
  if (records === null || !access(records.child)) return null
  return {
    exportedAt: now.toISOString(),
    exportedBy: by,
    childId,
    child: plain(records.child),
    attendance: attendanceRows(records),
    absences: records.owned.absences.map(plain),
    requests: records.owned.requests.map(plain),
    ledger: records.owned.ledger.map(plain),
    signuplines: records.owned.signuplines.map(plain),
    journal: records.journal.map(plain),
    notices: records.notices.map(plain),
    outbox: await readOutboxRows(q, childId),
  }
}
