import { describe, expect, it } from 'vitest'
import { ledgerRows, parseAbsenceId } from '../../../../renderer/src/features/credits/ledger-rows'
import { kindText, sourceText, statusText } from '../../../../renderer/src/features/credits/ledger-text'
import { translator } from '../../../../renderer/src/i18n/translate'
import { entry } from './fixtures'

const today = '2026-11-24'
const nl = translator('nl')
const names = new Map([['fatima.elamrani', 'Fatima El Amrani']])

describe('the rows of a ledger table (F5)', () => {
  const earned = entry('opgebouwd', 6, '2026-07-01', { id: 'opgebouwd:2026-07-01:k-1:hele dag', sourceId: '2026-07-01:k-1:hele dag' })
  const manual = entry('handmatig', 2, '2026-11-02', { reason: 'Coulance na gesprek.', by: 'fatima.elamrani' })
  const reserved = entry('gereserveerd', 3, '2026-10-20', { id: 'gereserveerd:r-1', sourceId: 'r-1' })
  const spent = entry('besteed', 3, '2026-11-10', { id: 'besteed:r-1', sourceId: 'r-1' })
  const pg = entry('opgebouwd', 4, '2026-11-04', { careType: 'PG' })
  const rows = ledgerRows({
    entries: [earned, manual, reserved, spent, pg], unit: 'ruiluren', careType: 'KDV', today,
    requests: new Map([['r-1', { date: '2026-11-20', dayPart: 'ochtend' }]]),
  })

  it('lists one care type, newest first, debits negative', () => {
    expect(rows.map((r) => [r.date, r.kind, r.amount])).toEqual([
      ['2026-11-10', 'besteed', -3], ['2026-11-02', 'handmatig', 2], ['2026-10-20', 'gereserveerd', -3], ['2026-07-01', 'opgebouwd', 6],
    ])
  })

  it('gives credits their last valid day (R8: 120 days) and marks expired credit with what went unused', () => {
    const byKind = new Map(rows.map((r) => [r.kind, r]))
    expect(byKind.get('handmatig')).toMatchObject({ validUntil: '2027-03-02', expired: null })
    // The July credit paid the reservation of 20 October (oldest first), so 3 of its 6 hours expired unused.
    expect(byKind.get('opgebouwd')).toMatchObject({ validUntil: '2026-10-29', expired: { unused: 3 } })
    expect(byKind.get('besteed')).toMatchObject({ validUntil: null, expired: null, replacesReservation: true })
  })

  it('names the source: the absence, the request and its day, the reason with who added it', () => {
    const text = (kind: string) => sourceText(nl, rows.find((r) => r.kind === kind)!, names)
    expect(text('opgebouwd')).toBe('Afwezig 1-7-2026 (hele dag)')
    expect(text('gereserveerd')).toBe('Aanvraag 20-11-2026 (ochtend)')
    expect(text('besteed')).toBe('Aanvraag 20-11-2026 (ochtend) · vervangt de reservering')
    expect(text('handmatig')).toBe('Coulance na gesprek. · door Fatima El Amrani')
    expect(kindText(nl, rows[0]!)).toBe('besteed')
    expect(statusText(nl, 'ruiluren', rows[3]!)).toBe('vervallen (3 uur ongebruikt)')
    expect(statusText(nl, 'ruiluren', rows[1]!)).toBe('')
  })

  it('says which credit a vervallen entry expired, and a correction of an absence as such (R12)', () => {
    const undo = entry('vervallen', 6, '2026-07-03', { id: 'vervallen:opgebouwd:2026-07-01:k-1:hele dag', sourceId: 'opgebouwd:2026-07-01:k-1:hele dag' })
    const other = entry('opgebouwd', 2, '2026-01-05', { id: 'credit-jan' })
    const expiry = entry('vervallen', 2, '2026-05-06', { sourceId: 'credit-jan' })
    const all = ledgerRows({ entries: [earned, undo, other, expiry], unit: 'ruiluren', today })
    const text = (id: string) => sourceText(nl, all.find((r) => r.id === id)!, names)
    expect(text(undo.id)).toBe('Correctie van afwezigheid 1-7-2026 (hele dag)')
    expect(text(expiry.id)).toBe('Tegoed van 5-1-2026')
    expect(all.find((r) => r.id === undo.id)?.amount).toBe(-6)
    // The credit a correction took back fully is expired, with nothing left unused.
    expect(all.find((r) => r.id === earned.id)?.expired).toEqual({ unused: 0 })
    expect(statusText(nl, 'ruiluren', all.find((r) => r.id === earned.id)!)).toBe('vervallen')
  })

  it('counts a released reservation as given back, and a request it cannot find as just "Aanvraag"', () => {
    const release = entry('vrijgegeven', 3, '2026-11-12', { sourceId: 'r-9' })
    const [row] = ledgerRows({ entries: [release], unit: 'ruiluren', today })
    expect(row).toMatchObject({ amount: 3, validUntil: null })
    expect(sourceText(nl, row!, names)).toBe('Aanvraag')
  })

  it('shows holiday days without expiry and Qflexibel hours until 31 December (R14)', () => {
    const days = entry('contract', 8, '2026-01-01', { unit: 'vakantiedagen' })
    const flex = entry('opgewaardeerd', 40, '2026-03-02', { unit: 'flexuren', by: 'linda.klantenservice' })
    expect(ledgerRows({ entries: [days, flex], unit: 'vakantiedagen', today })).toMatchObject([{ kind: 'contract', validUntil: null, expired: null }])
    const [top] = ledgerRows({ entries: [days, flex], unit: 'flexuren', today })
    expect(top).toMatchObject({ kind: 'opgewaardeerd', validUntil: '2026-12-31' })
    expect(sourceText(nl, top!, names)).toBe('door linda.klantenservice')
    expect(kindText(translator('en'), top!)).toBe('topped up')
  })

  it('reads date and day part from an absence id, whatever the child id holds', () => {
    expect(parseAbsenceId('2026-12-02:k:1:hele dag')).toEqual({ date: '2026-12-02', dayPart: 'hele dag' })
    expect(parseAbsenceId('r-1')).toBeNull()
  })
})
