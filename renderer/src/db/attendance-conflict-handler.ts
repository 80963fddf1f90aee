// RxDB calls this when the server answers a push of an attendance day with a different master state.
// Equality stays RxDB's own deep comparison; resolution merges per child (merge-attendance.ts).
import { defaultConflictHandler, type RxConflictHandler } from 'rxdb'
import type { AttendanceDay } from '../../../shared/domain'
import { mergeAttendanceDay } from './merge-attendance'
import { takeRefused } from './refused-changes'

export const attendanceConflictHandler: RxConflictHandler<AttendanceDay> = {
  isEqual: defaultConflictHandler.isEqual,
  // A change the server refused is not merged again (refused-changes.ts): the PC settles on the server's state.
  resolve: async ({ realMasterState, newDocumentState }) =>
    takeRefused('attendance', realMasterState.id) ? realMasterState : mergeAttendanceDay(realMasterState, newDocumentState),
}
