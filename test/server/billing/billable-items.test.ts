// The billing export's selection (SPEC §5, R15) on hand-made documents: a month holds exactly the
// billable care of that month (none of the neighbouring months', nothing rejected, cancelled, open,
// paid from a balance or included), each item with the invoice date R15 gives its care date.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { invoiceDate } from '../../../shared/rules'
import { billableItems, invoiceHours } from '../../../server/billing/billable-items'
import { billingColumns, billingCsv } from '../../../server/billing/billing-csv'
import { monthRange } from '../../../server/billing/billing-month'
import { documents, expectedNovember } from './billing-fixture'

describe('billableItems', () => {
  it('holds exactly the month\'s billable care, in care-date order', () => {
    const items = billableItems('2026-11', documents)
    expect(items.map((i) => i.sourceId)).toEqual([...expectedNovember])
    for (const item of items) {
      expect(item.careDate.startsWith('2026-11-')).toBe(true)
      expect(item.invoiceDate).toBe('2026-12-10')
      expect(item.invoiceDate).toBe(invoiceDate(item.careDate))
    }
  })

  it('describes each item: kind, child, place, day part or times, hours and payment', () => {
    const bySource = new Map(billableItems('2026-11', documents).map((i) => [i.sourceId, i]))
    expect(bySource.get('r-factuur')).toEqual({
      kind: 'aanvraag', description: 'extra dag', childId: 'kind-1', childName: 'Daan de Vries',
      locationId: 'loc-1', locationName: 'Goverwelle', groupId: 'grp-1', groupName: 'Dolfijnen',
      careDate: '2026-11-02', dayPart: 'hele dag', times: '07:30–18:30', hours: 11, payment: 'factuur',
      invoiceDate: '2026-12-10', sourceId: 'r-factuur',
    })
    expect(bySource.get('r-qblok')).toMatchObject({ kind: 'Q-blok', hours: 5, payment: 'flexuren+factuur' })
    // No invoiceHours stored: the hours not paid from the flexible balance.
    expect(bySource.get('r-qblok-afgeleid')).toMatchObject({ kind: 'Q-blok', hours: 3.5, times: '07:30–13:00' })
    // A sheet line's group is the child's BSO placement at the location that day.
    expect(bySource.get('line-heledag')).toMatchObject({
      kind: 'intekenregel', description: 'studiedag (intekenlijst)', childName: 'Émilie Bakker', groupId: 'grp-2', groupName: 'Boomhut',
      dayPart: 'hele dag', times: '07:30–18:30', hours: 11, payment: 'factuur',
    })
    expect(bySource.get('line-tijden')).toMatchObject({ dayPart: '', times: '08:30–16:30', hours: 8 })
  })

  it('puts the neighbouring months on their own invoices', () => {
    expect(billableItems('2026-10', documents).map((i) => [i.sourceId, i.invoiceDate])).toEqual([
      ['line-oktober', '2026-11-10'], ['r-oktober', '2026-11-10'],
    ])
    // December's care goes on January's invoice of the next year.
    expect(billableItems('2026-12', documents).map((i) => [i.sourceId, i.invoiceDate])).toEqual([
      ['r-december', '2027-01-10'], ['line-december', '2027-01-10'],
    ])
  })

  it('gives the same order whatever order the documents come in', () => {
    const reversed = {
      ...documents, requests: [...documents.requests].reverse(), journal: [...documents.journal].reverse(), signupLines: [...documents.signupLines].reverse(),
    }
    expect(billableItems('2026-11', reversed)).toEqual(billableItems('2026-11', documents))
  })

  it('bills only an invoice part', () => {
    expect(invoiceHours({ payment: 'factuur', hours: 11 })).toBe(11)
    expect(invoiceHours({ payment: 'flexuren+factuur', hours: 11, flexHours: 11 })).toBeNull()
    expect(invoiceHours({ payment: 'ruiluren', hours: 11 })).toBeNull()
    expect(invoiceHours({ payment: 'inclusief', hours: 11 })).toBeNull()
  })
})

describe('monthRange', () => {
  it('bounds a month, December into January', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', until: '2026-12-01' })
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', until: '2027-01-01' })
    expect(() => monthRange('2026-13')).toThrow(RangeError)
  })
})

describe('billingCsv', () => {
  it('writes a ;-separated file with a BOM, Dutch decimals and formulas defused', () => {
    const csv = billingCsv(billableItems('2026-11', { ...documents, requests: [] }))
    expect(csv.startsWith('\uFEFFsoort;omschrijving;')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true })
    expect(parsed.data[0]).toEqual([...billingColumns])
    expect(parsed.data).toHaveLength(3)
    const hours = billingColumns.indexOf('uren')
    expect(parsed.data.slice(1).map((row) => row[hours])).toEqual(['11', '8'])
    expect(csv).toContain('Émilie Bakker')
  })

  it('escapes a cell that Excel would run as a formula', () => {
    const [item] = billableItems('2026-11', documents)
    if (item === undefined) throw new Error('no item')
    const csv = billingCsv([{ ...item, childName: '=HYPERLINK("x")', hours: 3.5 }])
    expect(csv).toContain('"\'=HYPERLINK(""x"")"')
    expect(csv).toContain(';3,5;')
  })
})
