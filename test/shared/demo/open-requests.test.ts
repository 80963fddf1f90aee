// The approval queue has real work on the day the demo is loaded (issue 8): at every location at
// least a few parents' requests are open for 4–28 days ahead, whatever the load day, each one a
// parent could have submitted (R1–R3 on the day it was submitted) with the balance it spends.
import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo'
import { minimumOpenParentRequests } from '../../../shared/demo/history/open-requests'
import { amsterdamDate, daysAhead } from '../../../shared/calendar'
import { requestWindow } from '../../../shared/rules'
import { ledgerIds } from '../../../shared/domain'

describe('open parents\' requests in the demo', () => {
  // A short history keeps this fast; 16 March 2026 gave one location only two before the minimum existed.
  for (const today of ['2026-03-16', '2026-11-23']) {
    it(`fills every location's queue for the coming weeks (loaded on ${today})`, () => {
      for (const part of generateDemo({ seed: 1, today, historyDays: 60 }).parts()) {
        if (part.name === 'organisatie') continue
        const { requests, children, ledger } = part.documents
        const open = requests.filter((r) => r.status === 'ingediend' && r.submittedVia === 'ouder' && daysAhead(today, r.date) >= 4 && daysAhead(today, r.date) <= 28)
        expect(open.length, part.name).toBeGreaterThanOrEqual(minimumOpenParentRequests)
        const byId = new Map(children.map((c) => [c.id, c]))
        const held = new Set(ledger.filter((e) => e.kind === 'gereserveerd').map((e) => e.id))
        for (const r of open) {
          expect(r.by, r.id).toBe('ouderportaal')
          expect(requestWindow({ date: r.date, today: amsterdamDate(new Date(r.at)), by: 'ouder', taxi: byId.get(r.childId)!.taxi }), r.id).toEqual({ ok: true })
          if (r.payment === 'ruiluren' || r.payment === 'vakantietegoed') expect(held.has(ledgerIds.reservation(r.id)), r.id).toBe(true)
        }
      }
    }, 30_000)
  }
})
