// The command behind Inchecken / Uitchecken / Naar huis tijdens de dag: writes the group-day document locally (created with its
// deterministic id when absent, so two PCs creating it meet in one document) and returns at once;
// the replication takes it to the server.
import type { RxCollection } from 'rxdb'
import type { AttendanceDay } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import { applyCheck, emptyAttendanceDay, type CheckInput } from './attendance-entry'
import { isConflict } from './insert-fact'
import { LocalStoreError } from '../../db/local-store-error'

export interface RecordAttendance extends CheckInput {
  date: string
  groupId: string
  locationId: string
}

export async function recordAttendance(collection: RxCollection<AttendanceDay>, input: RecordAttendance): Promise<AttendanceDay> {
  const id = attendanceDayId(input.date, input.groupId)
  const existing = await collection.findOne(id).exec()
  if (!existing) {
    try {
      const created = await collection.insert(applyCheck(emptyAttendanceDay({ ...input, at: input.at }), input))
      return created.toMutableJSON()
    } catch (error) {
      // The replication brought the same day in meanwhile: fall through and update that one.
      if (!isConflict(error)) throw error
    }
  }
  const doc = existing ?? (await collection.findOne(id).exec())
  if (!doc) throw new LocalStoreError(`Aanwezigheidslijst ${id} verdween tijdens het opslaan`)
  const updated = await doc.incrementalModify((data) => applyCheck(data, input))
  return updated.toMutableJSON()
}
