import { describe, expect, it } from 'vitest'
import { absenceDayPartOptions, absenceDayParts } from '../../../../renderer/src/features/attendance/absence-day-parts'
import { absenceReport, type AbsenceReportInput } from '../../../../renderer/src/features/attendance/absence-report'
import { ledgerBalance } from '../../../../shared/rules'
import { validateDocument } from '../../../../shared/domain'
import { bso, child, credit, kdv } from './fixtures'

const input: AbsenceReportInput = {
  child: child('k-1'), group: kdv, locationId: 'loc-1', date: '2026-12-02', dayParts: ['ochtend'], reason: 'ziek',
  reportedAt: new Date('2026-12-02T06:45:00.000Z'), enteredAt: new Date('2026-12-02T07:10:00.000Z'),
  by: 'mw-1', device: 'pc-a', ledger: [],
}

describe('Afwezig melden: the day parts offered', () => {
  it('splits a KDV whole day into ochtend and middag, and records both ticked as one hele dag absence', () => {
    expect(absenceDayPartOptions(kdv, ['hele dag'], [])).toEqual(['ochtend', 'middag'])
    expect(absenceDayParts(kdv, ['ochtend', 'middag'])).toEqual(['hele dag'])
    expect(absenceDayParts(kdv, ['middag'])).toEqual(['middag'])
  })

  it('leaves out what is reported already, and keeps a BSO whole day whole', () => {
    expect(absenceDayPartOptions(kdv, ['hele dag'], ['ochtend'])).toEqual(['middag'])
    expect(absenceDayPartOptions(kdv, ['hele dag'], ['hele dag'])).toEqual([])
    expect(absenceDayPartOptions(bso, ['hele dag'], [])).toEqual(['hele dag'])
    expect(absenceDayParts(bso, ['hele dag'])).toEqual(['hele dag'])
  })
})

describe('Afwezig melden: the documents a save writes', () => {
  it('writes one absence with a deterministic id, taken by staff, and one credit opgebouwd:<absence id>', () => {
    const report = absenceReport(input)
    if (!report.ok) throw new Error(report.code)
    expect(report.absences).toEqual([{
      id: '2026-12-02:k-1:ochtend', childId: 'k-1', groupId: 'g-kdv', locationId: 'loc-1', careType: 'KDV', date: '2026-12-02',
      dayPart: 'ochtend', reason: { code: 'ziek' }, reportedAt: '2026-12-02T06:45:00.000Z', reportedVia: 'medewerker',
      by: 'mw-1', device: 'pc-a', at: '2026-12-02T07:10:00.000Z',
    }])
    expect(report.credits).toEqual([{
      id: 'opgebouwd:2026-12-02:k-1:ochtend', childId: 'k-1', locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', kind: 'opgebouwd',
      amount: 5.5, date: '2026-12-02', validUntil: '2027-04-01', sourceId: '2026-12-02:k-1:ochtend', by: 'mw-1', device: 'pc-a', at: '2026-12-02T07:10:00.000Z',
    }])
    // Both pass the same JSON schemas the server validates with.
    expect(validateDocument('absences', report.absences[0]).ok).toBe(true)
    expect(validateDocument('ledger', report.credits[0]).ok).toBe(true)
  })

  it('books no credit for a late report, at the cap, or on Qflexibel; the absence is written all the same', () => {
    const late = absenceReport({ ...input, reportedAt: new Date('2026-12-02T07:05:00.000Z') })
    const full = absenceReport({ ...input, ledger: [credit('k-1', 33, '2026-11-20')] })
    const flex = absenceReport({ ...input, child: child('k-1', { contract: 'qflexibel' }) })
    for (const r of [late, full, flex]) {
      expect(r.ok && r.absences.length).toBe(1)
      expect(r.ok && r.credits).toEqual([])
    }
  })

  it('credits no more than the cap allows, so the server’s cap check accepts it', () => {
    const ledger = [credit('k-1', 31, '2026-11-20')]
    const report = absenceReport({ ...input, dayParts: ['hele dag'], ledger })
    if (!report.ok) throw new Error(report.code)
    expect(report.credits.map((c) => c.amount)).toEqual([2])
    const after = ledgerBalance({ entries: [...ledger, ...report.credits], unit: 'ruiluren', careType: 'KDV', today: '2026-12-02' })
    expect(after.capBalance).toBe(33)
  })

  it('refuses a `gemeld om` after the moment of entry or on another day, an empty choice, and overig without a note', () => {
    expect(absenceReport({ ...input, reportedAt: new Date('2026-12-02T07:11:00.000Z') })).toEqual({ ok: false, code: 'gemeld-om-na-invoer' })
    expect(absenceReport({ ...input, reportedAt: new Date('2026-12-01T21:00:00.000Z') })).toEqual({ ok: false, code: 'gemeld-om-andere-dag' })
    expect(absenceReport({ ...input, dayParts: [] })).toEqual({ ok: false, code: 'geen-dagdeel' })
    expect(absenceReport({ ...input, reason: 'overig', note: '  ' })).toEqual({ ok: false, code: 'reden-verplicht' })
    const overig = absenceReport({ ...input, reason: 'overig', note: ' Naar de tandarts. ' })
    expect(overig.ok && overig.absences[0]?.reason).toEqual({ code: 'overig', note: 'Naar de tandarts.' })
  })
})
