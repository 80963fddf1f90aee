// RxDB calls this when the server answers a push of an attendance day with a different master state.
// Equality stays RxDB's own deep comparison; resolution merges per child (merge-attendance.ts).
import { defaultConflictHandler, type RxConflictHandler } from 'rxdb'
import type { AttendanceDay } from '../../../shared/domain'
import { mergeAttendanceDay } from './merge-attendance'

export const attendanceConflictHandler: RxConflictHandler<AttendanceDay> = {
  isEqual: defaultConflictHandler.isEqual,
  resolve: async ({ realMasterState, newDocumentState }) => mergeAttendanceDay(realMasterState, newDocumentState),
}
