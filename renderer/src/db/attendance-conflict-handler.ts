// RxDB calls this when the server answers a push of an attendance day with a different master state.
// Equality stays RxDB's own deep comparison; resolution merges three-way per child
// (merge-attendance.ts), and every change of this PC that lost is written down as a notice for this PC
// (conflict-notice.ts) before the server's entry replaces it.
import { defaultConflictHandler, type RxConflictHandler } from 'rxdb'
import type { AttendanceDay, Notice } from '../../../shared/domain'
import { conflictNotice } from './conflict-notice'
import { mergeAttendanceDay, type ReplicatedAttendanceDay } from './merge-attendance'
import { takeRefused } from './refused-changes'

/** What the handler needs from the running app; absent in tests that only merge. */
export interface LostChangeRecorder {
  deviceId: string
  childName(childId: string): Promise<string | null>
  /** Stores the notices; one that exists already (same id: a retried resolve) is left as it is. */
  write(notices: Notice[]): Promise<void>
  /** Server-corrected clock. */
  now(): Date
}

export function createAttendanceConflictHandler(recorder: () => LostChangeRecorder | null): RxConflictHandler<AttendanceDay> {
  return {
    isEqual: defaultConflictHandler.isEqual,
    resolve: async ({ realMasterState, newDocumentState, assumedMasterState }) => {
      // A change the server refused is not merged again (refused-changes.ts): the PC settles on the
      // server's state, and the server already wrote the notice for it.
      if (takeRefused('attendance', realMasterState.id)) return realMasterState
      const master = realMasterState as ReplicatedAttendanceDay
      const { day, lost } = mergeAttendanceDay(master, newDocumentState as ReplicatedAttendanceDay, assumedMasterState as ReplicatedAttendanceDay | undefined)
      const sink = recorder()
      if (sink && lost.length > 0) {
        const at = sink.now().toISOString()
        const notices = await Promise.all(lost.map(async (entry) => conflictNotice({
          day: master, lost: entry, deviceId: sink.deviceId, at,
          childName: (await sink.childName(entry.local.childId)) ?? entry.local.childId,
        })))
        // Written before the merge result replaces the local entry: a crash in between loses nothing.
        await sink.write(notices)
      }
      return day
    },
  }
}
