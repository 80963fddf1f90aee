// The row commands against a real RxDB database (memory storage, validation and encryption as the
// app opens it): what two PCs recording the same absence meet on, and corrections that keep the original.
import { describe, expect, it } from 'vitest'
import { memoryPcs } from '../../support/memory-pc'
import { absenceReport } from '../../../../renderer/src/features/attendance/absence-report'
import { correctAbsence } from '../../../../renderer/src/features/attendance/absence-correction'
import { recordAbsence } from '../../../../renderer/src/features/attendance/record-absence'
import { recordAttendance } from '../../../../renderer/src/features/attendance/record-attendance'
import { recordAbsenceCorrection, recordEntryCorrection } from '../../../../renderer/src/features/attendance/record-correction'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { child, kdv } from './fixtures'

const pc = memoryPcs('rows', ['absences', 'ledger', 'journal', 'attendance'])

const report = (by: string, device: string, minute: number) => {
  const r = absenceReport({
    child: child('k-1'), group: kdv, locationId: 'loc-1', date: '2026-12-02', dayParts: ['hele dag'], reason: 'ziek',
    reportedAt: new Date('2026-12-02T06:30:00.000Z'), enteredAt: new Date(Date.UTC(2026, 11, 2, 6, minute)), by, device, ledger: [],
  })
  if (!r.ok) throw new Error(r.code)
  return r
}

describe('recording an absence', () => {
  it('stores the absence and its one credit, and a second report of the same absence adds nothing', async () => {
    const db = await pc()
    expect(await recordAbsence(db, report('mw-1', 'pc-a', 40))).toEqual({
      recorded: ['2026-12-02:k-1:hele dag'], existing: [], credited: ['opgebouwd:2026-12-02:k-1:hele dag'],
    })
    // The same call taken by a colleague a minute later (or replicated in from another PC first).
    expect(await recordAbsence(db, report('mw-2', 'pc-a', 41))).toEqual({ recorded: [], existing: ['2026-12-02:k-1:hele dag'], credited: [] })
    const credits = await db.ledger.find().exec()
    expect(credits.map((c) => [c.id, c.amount, c.by])).toEqual([['opgebouwd:2026-12-02:k-1:hele dag', 11, 'mw-1']])
    expect((await db.absences.findOne('2026-12-02:k-1:hele dag').exec())?.reason).toEqual({ code: 'ziek' })
  })

  it('two PCs offline each write the same ids: on sync they meet on one absence and one credit', async () => {
    const [a, b] = [await pc(), await pc()]
    await recordAbsence(a, report('mw-1', 'pc-a', 40))
    await recordAbsence(b, report('mw-2', 'pc-b', 42))
    const ids = async (db: LocatiedeskDatabase) => [...(await db.absences.find().exec()).map((d) => d.id), ...(await db.ledger.find().exec()).map((d) => d.id)]
    expect(await ids(a)).toEqual(await ids(b))
  })
})

describe('recording corrections', () => {
  it('marks a corrected absence and books the undo of its credit once; a second correction is told it was done', async () => {
    const db = await pc()
    const r = report('mw-1', 'pc-a', 40)
    await recordAbsence(db, r)
    const ledger = (await db.ledger.find().exec()).map((d) => d.toMutableJSON())
    const c = correctAbsence({ absence: r.absences[0]!, reason: 'Verkeerd kind.', ledger, by: 'mw-2', device: 'pc-a', at: new Date('2026-12-02T08:00:00.000Z') })
    if (!c.ok) throw new Error(c.code)
    expect(await recordAbsenceCorrection(db, c)).toEqual({ ok: true })
    expect(await recordAbsenceCorrection(db, c)).toEqual({ ok: false, code: 'al-gecorrigeerd' })
    expect((await db.ledger.find().exec()).map((d) => d.id).sort()).toEqual(['opgebouwd:2026-12-02:k-1:hele dag', 'vervallen:opgebouwd:2026-12-02:k-1:hele dag'])
    // The original absence is still there, unchanged.
    expect((await db.absences.findOne(r.absences[0]!.id).exec())?.toMutableJSON()).toEqual(r.absences[0])
  })

  it('corrects a check-in time in the group-day document and keeps the original in the journal', async () => {
    const db = await pc()
    const who = { by: 'mw-1', device: 'pc-a' }
    await recordAttendance(db.attendance, { date: '2026-12-02', groupId: kdv.id, locationId: 'loc-1', childId: 'k-1', action: 'checkIn', at: '2026-12-02T07:50:00.000Z', ...who })
    const input = { date: '2026-12-02', groupId: kdv.id, childId: 'k-1', reason: 'Te laat ingevoerd.', change: { kind: 'tijden' as const, checkIn: '2026-12-02T07:35:00.000Z' }, by: 'mw-2', device: 'pc-a', at: new Date('2026-12-02T09:00:00.000Z') }
    expect(await recordEntryCorrection(db, input)).toEqual({ ok: true })
    const day = (await db.attendance.findOne('2026-12-02:g-kdv').exec())?.toMutableJSON()
    expect(day?.entries[0]).toMatchObject({ checkIn: '2026-12-02T07:35:00.000Z', rev: 2, by: 'mw-2' })
    const journal = (await db.journal.find().exec()).map((d) => d.toMutableJSON())
    expect(journal).toHaveLength(1)
    expect(journal[0]).toMatchObject({ id: 'correctie:2026-12-02:g-kdv:k-1:1', data: { original: { checkIn: '2026-12-02T07:50:00.000Z' } } })
    expect(await recordEntryCorrection(db, { ...input, date: '2026-12-03' })).toEqual({ ok: false, code: 'geen-lijst' })
  })
})
