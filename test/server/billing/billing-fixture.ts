// Hand-made documents around the billing month November 2026: for every kind of billable item one
// that belongs in the month, and beside it the near misses (the neighbouring months, rejected,
// cancelled, open, paid otherwise, included, withdrawn-or-rejected lines). `expectedNovember` names
// exactly the sources that must appear.
import type { JournalEntry, SignupLine } from '../../../shared/domain'
import { lineDecisionId } from '../../../shared/domain'
import type { BillingDocuments } from '../../../server/billing/billable-items'
import { child, decided, journalEntry, location, placement, request } from '../sync/checks/documents'

const approve = (r: ReturnType<typeof request>, at = '2026-10-20T09:00:00.000Z') => decided(r, 'goedgekeurd', 'sanne.jansen', at)

const bso = (id: string, contract: 'schoolweken' | '52-weken') =>
  placement({ id: `pl-${id}`, groupId: 'grp-2', careType: 'BSO', contract, weekdays: [1, 3], dayParts: ['naschools'] })

export const children = [
  { ...child('kind-1'), firstName: 'Daan', lastName: 'de Vries' },
  { ...child('kind-2', [bso('kind-2', 'schoolweken')]), firstName: 'Émilie', lastName: 'Bakker' },
  { ...child('kind-3', [bso('kind-3', '52-weken')]), firstName: '=Sem', lastName: 'Jansen' },
]

export const requests = [
  // In November, on invoice: all hours; approved in October (the care date counts, not the decision's).
  { ...approve(request({ id: 'r-factuur', date: '2026-11-02', invoiceHours: 11, invoiceDate: '2026-12-10' })) },
  // A Q-block partly paid from flexible hours: only its invoice part.
  approve(request({ id: 'r-qblok', date: '2026-11-30', kind: 'Q-blok', contract: 'qflexibel', payment: 'flexuren+factuur', hours: 11, flexHours: 6, invoiceHours: 5, invoiceDate: '2026-12-10' })),
  // The invoice part derived when a PC did not store it.
  approve(request({ id: 'r-qblok-afgeleid', childId: 'kind-1', date: '2026-11-16', dayPart: 'ochtend', kind: 'Q-blok', contract: 'qflexibel', payment: 'flexuren+factuur', hours: 5.5, flexHours: 2 })),
  // Not billed: paid otherwise, not (or no longer) approved.
  approve(request({ id: 'r-flexuren', date: '2026-11-12', kind: 'Q-blok', contract: 'qflexibel', payment: 'flexuren' })),
  approve(request({ id: 'r-ruiluren', date: '2026-11-12', kind: 'ruildag', payment: 'ruiluren' })),
  decided(request({ id: 'r-afgekeurd', date: '2026-11-10' }), 'afgekeurd', 'sanne.jansen', '2026-11-01T09:00:00.000Z', { reason: 'vol' }),
  decided(approve(request({ id: 'r-geannuleerd', date: '2026-11-25', kind: 'Q-blok', contract: 'qflexibel' })), 'geannuleerd', 'ouderportaal', '2026-11-10T09:00:00.000Z'),
  request({ id: 'r-ingediend', date: '2026-11-26' }),
  decided(request({ id: 'r-wachtlijst', date: '2026-11-27' }), 'wachtlijst', 'sanne.jansen', '2026-11-01T09:00:00.000Z'),
  // The neighbouring months, approved in November.
  approve(request({ id: 'r-oktober', date: '2026-10-31' }), '2026-11-02T09:00:00.000Z'),
  approve(request({ id: 'r-december', date: '2026-12-01' }), '2026-11-20T09:00:00.000Z'),
]

const signature = { width: 300, height: 100, strokes: [{ points: [[1, 2, 0, 0.5], [3, 4, 16, 0.5]] as [number, number, number, number][] }] }

function line(id: string, childId: string, date: string, extra: Partial<SignupLine> = {}): SignupLine & { _deleted: boolean } {
  return {
    id, sheetId: `sheet-${date}`, locationId: 'loc-1', date, childId, dayPart: 'hele dag', parentName: 'Ouder', signature,
    signedAt: `${date}T07:35:00.000Z`, billing: 'factuur', by: 'sanne.jansen', device: 'pc-goverwelle-1', at: `${date}T07:35:00.000Z`,
    ...extra, _deleted: false,
  }
}

export const signupLines = [
  line('line-heledag', 'kind-2', '2026-11-18'),
  line('line-tijden', 'kind-2', '2026-11-25', { dayPart: undefined, times: { start: '08:30', end: '16:30' } }),
  line('line-inclusief', 'kind-3', '2026-11-18', { billing: 'inclusief' }),
  line('line-afgewezen', 'kind-3', '2026-11-11'),
  line('line-open', 'kind-2', '2026-11-04'),
  line('line-oktober', 'kind-2', '2026-10-28'),
  line('line-december', 'kind-2', '2026-12-02'),
].map((l) => {
  if (l.dayPart === undefined) delete l.dayPart
  return l
})

function processed(target: SignupLine, billing: 'factuur' | 'inclusief'): JournalEntry & { _deleted: boolean } {
  const data = billing === 'factuur' ? { billing, invoiceDate: target.date.startsWith('2026-12') ? '2027-01-10' : target.date.startsWith('2026-10') ? '2026-11-10' : '2026-12-10' } : { billing }
  return journalEntry({ id: lineDecisionId(target.id), kind: 'verwerkt', targetId: target.id, date: target.date, data, at: '2026-12-03T10:00:00.000Z' })
}

const byId = (id: string): SignupLine => {
  const found = signupLines.find((l) => l.id === id)
  if (found === undefined) throw new Error(id)
  return found
}

export const journal = [
  processed(byId('line-heledag'), 'factuur'),
  processed(byId('line-tijden'), 'factuur'),
  processed(byId('line-inclusief'), 'inclusief'),
  journalEntry({ id: lineDecisionId('line-afgewezen'), kind: 'afgewezen', targetId: 'line-afgewezen', date: '2026-11-11', reason: 'Geen studiedag' }),
  processed(byId('line-oktober'), 'factuur'),
  processed(byId('line-december'), 'factuur'),
]

export const locations = [location()]

export const documents: BillingDocuments = { requests, signupLines, journal, children, locations }

export const expectedNovember = ['r-factuur', 'r-qblok-afgeleid', 'line-heledag', 'line-tijden', 'r-qblok'] as const
