import { describe, expect, it } from 'vitest'
import { correctAbsence } from '../../../../renderer/src/features/attendance/absence-correction'
import { applyCheck, emptyAttendanceDay } from '../../../../renderer/src/features/attendance/attendance-entry'
import { correctEntry, withEntry } from '../../../../renderer/src/features/attendance/entry-correction'
import { dayFacts, originalTimes, standingAbsences } from '../../../../renderer/src/features/attendance/day-facts'
import { validateDocument, type LedgerEntry } from '../../../../shared/domain'
import { expectedChildren, ledgerBalance } from '../../../../shared/rules'
import { absence, child, credit, kdv } from './fixtures'

const who = { by: 'mw-2', device: 'pc-b', at: new Date('2026-12-02T09:00:00.000Z') }
const earned: LedgerEntry = {
  ...credit('k-1', 11, '2026-12-02'), id: 'opgebouwd:2026-12-02:k-1:hele dag', kind: 'opgebouwd', sourceId: '2026-12-02:k-1:hele dag',
}

describe('correcting a mistaken absence (R12)', () => {
  it('marks it with journal correctie:<absence id>, so it no longer counts and the child is expected again', () => {
    const mistaken = absence('k-1')
    const result = correctAbsence({ absence: mistaken, reason: ' Verkeerd kind afgemeld. ', ledger: [], ...who })
    if (!result.ok) throw new Error(result.code)
    expect(result.journal).toEqual({
      id: 'correctie:2026-12-02:k-1:hele dag', kind: 'correctie', locationId: 'loc-1', targetId: '2026-12-02:k-1:hele dag',
      date: '2026-12-02', groupId: 'g-kdv', reason: 'Verkeerd kind afgemeld.', data: { collection: 'absences' },
      by: 'mw-2', device: 'pc-b', at: '2026-12-02T09:00:00.000Z',
    })
    expect(result.undo).toBeNull()
    expect(validateDocument('journal', result.journal).ok).toBe(true)
    const args = { groupId: kdv.id, date: '2026-12-02', dayPart: 'ochtend' as const, children: [child('k-1')], requests: [], absences: [mistaken] }
    expect(expectedChildren(args).expected).toEqual([])
    expect(expectedChildren({ ...args, corrections: [result.journal.targetId] }).expected.map((e) => e.childId)).toEqual(['k-1'])
    // The original stays, shown struck through: it is still among the child's absences, no longer standing.
    const facts = dayFacts({ groupId: kdv.id, date: '2026-12-02', absences: [mistaken], journal: [result.journal] })
    expect(facts.absences.get('k-1')?.map((v) => v.correction?.id)).toEqual(['correctie:2026-12-02:k-1:hele dag'])
    expect(standingAbsences(facts.absences.get('k-1'))).toEqual([])
  })

  it('undoes the credit it earned with a vervallen of exactly that credit: the balance is as if it never earned', () => {
    const older = credit('k-1', 10, '2026-11-20')
    const result = correctAbsence({ absence: absence('k-1'), reason: 'Verkeerde dag.', ledger: [older, earned], ...who })
    if (!result.ok) throw new Error(result.code)
    expect(result.undo).toMatchObject({
      id: 'vervallen:opgebouwd:2026-12-02:k-1:hele dag', kind: 'vervallen', amount: 11, sourceId: earned.id, unit: 'ruiluren', careType: 'KDV',
      date: '2026-12-02', childId: 'k-1', by: 'mw-2',
    })
    expect(validateDocument('ledger', result.undo).ok).toBe(true)
    const balance = (entries: LedgerEntry[]) => ledgerBalance({ entries, unit: 'ruiluren', careType: 'KDV', today: '2026-12-03' })
    const after = balance([older, earned, result.undo!])
    expect(after.valid).toBe(10)
    expect(after.capBalance).toBe(10)
    // The older credit is untouched: the undo takes the corrected credit, not the oldest one.
    expect(after.credits.find((c) => c.id === older.id)?.remaining).toBe(10)
  })

  it('needs a reason, and leaves a parent’s own report alone (final for the parent)', () => {
    expect(correctAbsence({ absence: absence('k-1'), reason: ' ', ledger: [], ...who })).toEqual({ ok: false, code: 'reden-verplicht' })
    expect(correctAbsence({ absence: absence('k-1', { reportedVia: 'ouder' }), reason: 'x', ledger: [], ...who }))
      .toEqual({ ok: false, code: 'afwezigheid-definitief' })
  })
})

describe('correcting a mistaken check-in or check-out (R12)', () => {
  const empty = emptyAttendanceDay({ date: '2026-12-02', groupId: kdv.id, locationId: 'loc-1', at: '2026-12-02T07:00:00.000Z' })
  const day = applyCheck(applyCheck(empty, { action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:35:00.000Z', by: 'mw-1', device: 'pc-a' }),
    { action: 'checkOut', childId: 'k-1', at: '2026-12-02T08:00:00.000Z', by: 'mw-1', device: 'pc-a' })

  it('takes the right times, one rev up, and keeps the original in journal correctie:<entry>:<rev>', () => {
    const result = correctEntry({ day, childId: 'k-1', reason: 'Uitchecken bij verkeerd kind.', change: { kind: 'tijden', checkIn: '2026-12-02T07:35:00.000Z' }, ...who })
    if (!result.ok) throw new Error(result.code)
    expect(result.entry).toEqual({ childId: 'k-1', unplanned: false, wentHome: false, checkIn: '2026-12-02T07:35:00.000Z', by: 'mw-2', device: 'pc-b', at: '2026-12-02T09:00:00.000Z', rev: 3 })
    expect(result.journal).toMatchObject({ id: 'correctie:2026-12-02:g-kdv:k-1:2', targetId: '2026-12-02:g-kdv:k-1', kind: 'correctie', date: '2026-12-02', groupId: 'g-kdv' })
    expect(originalTimes(result.journal)).toEqual({ checkIn: '2026-12-02T07:35:00.000Z', checkOut: '2026-12-02T08:00:00.000Z', wentHome: false })
    expect(validateDocument('journal', result.journal).ok).toBe(true)
    const corrected = withEntry(day, result.entry, result.entry.at)
    expect(validateDocument('attendance', corrected).ok).toBe(true)
    const facts = dayFacts({ groupId: kdv.id, date: '2026-12-02', absences: [], journal: [result.journal] })
    expect(facts.entryCorrections.get('k-1')?.map((j) => j.id)).toEqual([result.journal.id])
  })

  it('clears the times of a child checked in by mistake', () => {
    const result = correctEntry({ day, childId: 'k-1', reason: 'Verkeerd kind.', change: { kind: 'verkeerd-kind' }, ...who })
    expect(result.ok && [result.entry.checkIn, result.entry.checkOut]).toEqual([undefined, undefined])
  })

  it('refuses no reason, out before in, a time after now, no change and a child without an entry', () => {
    const c = (change: Parameters<typeof correctEntry>[0]['change'], reason = 'r', childId = 'k-1') => correctEntry({ day, childId, reason, change, ...who })
    expect(c({ kind: 'verkeerd-kind' }, '')).toEqual({ ok: false, code: 'reden-verplicht' })
    expect(c({ kind: 'tijden', checkIn: '2026-12-02T08:30:00.000Z', checkOut: '2026-12-02T08:00:00.000Z' })).toEqual({ ok: false, code: 'uitchecken-voor-inchecken' })
    expect(c({ kind: 'tijden', checkOut: '2026-12-02T08:00:00.000Z' })).toEqual({ ok: false, code: 'uitchecken-voor-inchecken' })
    expect(c({ kind: 'tijden', checkIn: '2026-12-02T07:35:00.000Z', checkOut: '2026-12-02T09:30:00.000Z' })).toEqual({ ok: false, code: 'tijd-in-toekomst' })
    expect(c({ kind: 'tijden', checkIn: '2026-12-02T25:00' })).toEqual({ ok: false, code: 'ongeldige-tijd' })
    expect(c({ kind: 'tijden', checkIn: '2026-12-02T07:35:00.000Z', checkOut: 'tja' })).toEqual({ ok: false, code: 'ongeldige-tijd' })
    expect(c({ kind: 'tijden', checkIn: '2026-12-02T07:35:00.000Z', checkOut: '2026-12-02T08:00:00.000Z' })).toEqual({ ok: false, code: 'niets-gewijzigd' })
    expect(c({ kind: 'verkeerd-kind' }, 'r', 'k-9')).toEqual({ ok: false, code: 'geen-registratie' })
  })
})
