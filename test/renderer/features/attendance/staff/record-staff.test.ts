// The staff command on a PC's real (memory) database: the group-day document is created when missing,
// with its deterministic id, and changed in place afterwards, keeping the children's entries.
import { describe, expect, it } from 'vitest'
import { recordAttendance } from '../../../../../renderer/src/features/attendance/record-attendance'
import { recordStaff } from '../../../../../renderer/src/features/attendance/staff/record-staff'
import { memoryPcs } from '../../../support/memory-pc'

const openPc = memoryPcs('record-staff', ['attendance'])
const place = { date: '2026-11-23', groupId: 'g-1', locationId: 'loc-1', by: 'anouk.devries', device: 'pc-1' }

describe('recordStaff', () => {
  it('creates the day when missing, then updates it beside the children', async () => {
    const db = await openPc()
    await recordStaff(db.attendance, { ...place, staffId: 'sem.bakker', action: 'plan', at: '2026-11-23T06:00:00.000Z' })
    await recordAttendance(db.attendance, { ...place, childId: 'k-1', action: 'checkIn', at: '2026-11-23T07:00:00.000Z' })
    const day = await recordStaff(db.attendance, { ...place, staffId: 'sem.bakker', action: 'checkIn', at: '2026-11-23T07:05:00.000Z' })
    expect(day.id).toBe('2026-11-23:g-1')
    expect(day.staff).toEqual([{ staffId: 'sem.bakker', planned: true, checkIn: '2026-11-23T07:05:00.000Z', by: 'anouk.devries', device: 'pc-1', at: '2026-11-23T07:05:00.000Z', rev: 2 }])
    expect(day.entries.map((e) => e.childId)).toEqual(['k-1'])
    expect(await db.attendance.count().exec()).toBe(1)
  })
})
