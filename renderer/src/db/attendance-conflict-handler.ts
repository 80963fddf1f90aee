// RxDB calls this when the server answers a push of an attendance day with a different master state.
// Equality stays RxDB's own deep comparison; resolution merges three-way per child
// (merge-attendance.ts), and every change of this PC that lost is written down as a notice for this PC
// (conflict-notice.ts) before the server's entry replaces it. A staff member's entry that lost
// (issue 9) is written down the same way (staffConflictNotice).
import { defaultConflictHandler, type RxConflictHandler } from 'rxdb'
import type { AttendanceDay, Notice } from '../../../shared/domain'
import { clockTime } from '../i18n/format-instant'
import { translator } from '../i18n/translate'
import { conflictNotice, conflictNoticeId } from './conflict-notice'
import { mergeAttendanceDay, type LostStaffEntry, type ReplicatedAttendanceDay, type StaffEntry } from './merge-attendance'
import { takeRefused } from './refused-changes'

/** What the handler needs from the running app; absent in tests that only merge. */
export interface LostChangeRecorder {
  deviceId: string
  childName(childId: string): Promise<string | null>
  /** Stores the notices; one that exists already (same id: a retried resolve) is left as it is. */
  write(notices: Notice[]): Promise<void>
  /** Server-corrected clock. */
  now(): Date
  /** A staff member's name; without it the notice names the staff id. */
  staffName?(staffId: string): Promise<string | null>
}

// Notices are stored in Dutch, whatever the PC's display language (as conflict-notice.ts does).
const t = translator('nl')

function describeStaff(entry: StaffEntry): string {
  if (entry.checkOut) return t('staff.state.checkedOut', { time: clockTime(entry.checkOut) })
  if (entry.checkIn) return t('staff.state.checkedIn', { time: clockTime(entry.checkIn) })
  return t('staff.state.planned')
}

/** The notice for a staff entry of this PC that lost: its id is keyed like a child's, under `staff:`. */
export function staffConflictNotice(a: {
  day: Pick<AttendanceDay, 'id' | 'locationId'>; lost: LostStaffEntry; deviceId: string; staffName: string; at: string
}): Notice {
  const { local, winner } = a.lost
  const key = { ...local, childId: `staff:${local.staffId}`, unplanned: false, wentHome: false }
  return {
    id: conflictNoticeId(a.deviceId, a.day.id, { local: key, winner: { ...key } }),
    deviceId: a.deviceId, userId: local.by, locationId: a.day.locationId, kind: 'conflict', collectionName: 'attendance', docId: a.day.id,
    code: 'conflict-verloren',
    message: t('staff.conflictLost', { staff: a.staffName, change: describeStaff(local), winner: describeStaff(winner) }).slice(0, 2000),
    winner: { by: winner.by, at: winner.at },
    localChange: { ...local },
    at: a.at,
  }
}

export function createAttendanceConflictHandler(recorder: () => LostChangeRecorder | null): RxConflictHandler<AttendanceDay> {
  return {
    isEqual: defaultConflictHandler.isEqual,
    resolve: async ({ realMasterState, newDocumentState, assumedMasterState }) => {
      // A change the server refused is not merged again (refused-changes.ts): the PC settles on the
      // server's state, and the server already wrote the notice for it.
      if (takeRefused('attendance', realMasterState.id)) return realMasterState
      const master = realMasterState as ReplicatedAttendanceDay
      const { day, lost, lostStaff } = mergeAttendanceDay(master, newDocumentState as ReplicatedAttendanceDay, assumedMasterState as ReplicatedAttendanceDay | undefined)
      const sink = recorder()
      if (sink && lost.length + lostStaff.length > 0) {
        const at = sink.now().toISOString()
        const notices = await Promise.all([
          ...lost.map(async (entry) => conflictNotice({
            day: master, lost: entry, deviceId: sink.deviceId, at,
            childName: (await sink.childName(entry.local.childId)) ?? entry.local.childId,
          })),
          ...lostStaff.map(async (entry) => staffConflictNotice({
            day: master, lost: entry, deviceId: sink.deviceId, at,
            staffName: (await sink.staffName?.(entry.local.staffId)) ?? entry.local.staffId,
          })),
        ])
        // Written before the merge result replaces the local entry: a crash in between loses nothing.
        await sink.write(notices)
      }
      return day
    },
  }
}
