// R4 `gemeld om` on an absence, and check-out not before check-in on an attendance day.
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../../../server/sync/validate-push'
import { absence, attendanceDay, entry, now } from './documents'

const checkAbsence = (doc: ReturnType<typeof absence>) => checkDocument('absences', doc, { stored: undefined, assumed: undefined, now, caller: null })
const checkDay = (doc: ReturnType<typeof attendanceDay>) => checkDocument('attendance', doc, { stored: undefined, assumed: undefined, now, caller: null })

describe('absence: gemeld om (R4)', () => {
  it('passes at or before the moment of entry on the same day', () => {
    expect(checkAbsence(absence({ reportedAt: '2026-11-23T06:45:00.000Z', at: '2026-11-23T07:10:00.000Z' }))).toBeNull()
    expect(checkAbsence(absence({ reportedAt: '2026-11-23T07:10:00.000Z', at: '2026-11-23T07:10:00.000Z' }))).toBeNull()
  })

  it('refuses a report later than its entry, and one back-dated past midnight in Amsterdam', () => {
    expect(checkAbsence(absence({ reportedAt: '2026-11-23T07:11:00.000Z', at: '2026-11-23T07:10:00.000Z' }))).toMatchObject({
      kind: 'geweigerd', code: 'gemeld-om-na-invoer', message: expect.stringContaining('Gemeld om'),
    })
    // 22:59 UTC on the 22nd is 23:59 on the 22nd in Amsterdam; entered at 00:10 on the 23rd there.
    expect(checkAbsence(absence({ reportedAt: '2026-11-22T22:59:00.000Z', at: '2026-11-22T23:10:00.000Z' }))?.code).toBe('gemeld-om-andere-dag')
  })
})

describe('attendance: check-out not before check-in', () => {
  it('passes a day whose entries are in order, or not checked out yet', () => {
    expect(checkDay(attendanceDay([
      entry('kind-1', { checkOut: '2026-11-23T08:30:00.000Z', at: '2026-11-23T08:30:00.000Z', rev: 2 }),
      entry('kind-2'),
      entry('kind-3', { checkOut: '2026-11-23T07:40:00.000Z', rev: 2 }),
    ]))).toBeNull()
  })

  it('refuses a day with one entry checked out before it was checked in', () => {
    const refused = checkDay(attendanceDay([
      entry('kind-1'),
      entry('kind-2', { checkIn: '2026-11-23T08:00:00.000Z', checkOut: '2026-11-23T07:59:59.999Z', rev: 2 }),
    ]))
    expect(refused).toMatchObject({ kind: 'geweigerd', code: 'uitchecken-voor-inchecken', detail: 'child kind-2' })
    expect(refused?.message).toMatch(/uitchecken/)
  })
})
