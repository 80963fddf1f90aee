// The command behind Inroosteren / Inchecken / Uitchecken for staff: writes the group-day document
// locally (created with its deterministic id when absent, as a child's check-in does, so that two PCs
// creating it meet in one document) and returns at once; the replication takes it to the server.
import type { RxCollection } from 'rxdb'
import type { AttendanceDay } from '../../../../../shared/domain'
import { attendanceDayId } from '../../../../../shared/domain'
import { emptyAttendanceDay } from '../attendance-entry'
import { isConflict } from '../insert-fact'
import { applyStaffAction, type StaffInput } from './staff-entry'
import { LocalStoreError } from '../../../db/local-store-error'

export interface RecordStaff extends StaffInput {
  date: string
  groupId: string
  locationId: string
}

export async function recordStaff(collection: RxCollection<AttendanceDay>, input: RecordStaff): Promise<AttendanceDay> {
  const id = attendanceDayId(input.date, input.groupId)
  const existing = await collection.findOne(id).exec()
  if (!existing) {
    try {
      const created = await collection.insert(applyStaffAction(emptyAttendanceDay(input), input))
      return created.toMutableJSON()
    } catch (error) {
      // The replication brought the same day in meanwhile: fall through and update that one.
      if (!isConflict(error)) throw error
    }
  }
  const doc = existing ?? (await collection.findOne(id).exec())
  if (!doc) throw new LocalStoreError(`Aanwezigheidslijst ${id} verdween tijdens het opslaan`)
  const updated = await doc.incrementalModify((data) => applyStaffAction(data, input))
  return updated.toMutableJSON()
}
