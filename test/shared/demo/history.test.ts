// The year of history is what the rules would have produced: swap hours earned only by timely
// absences (R4–R7) and never past the cap (R6), no spending the balance did not cover (R20), and the
// children on each KDV list are exactly those the rules expect (F2).
import { describe, expect, it } from 'vitest'
import type { CareType, LedgerEntry } from '../../../shared/domain'
import { accrualDeadline, expectedChildren, ledgerBalance, swapHoursCap } from '../../../shared/rules'
import { demoAll, today } from './demo-fixture'

const epsilon = 1e-6

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(key(item))
    if (list) list.push(item)
    else map.set(key(item), [item])
  }
  return map
}

describe('the demo history', () => {
  it('earns swap hours only for absences reported before the R4 deadline, never for corrected ones', () => {
    const docs = demoAll()
    const groups = new Map(docs.locations.flatMap((l) => l.groups.map((g) => [g.id, g] as const)))
    const earned = new Map(docs.ledger.filter((e) => e.kind === 'opgebouwd').map((e) => [e.sourceId!, e]))
    const corrected = new Set(docs.journal.filter((j) => j.kind === 'correctie').map((j) => j.targetId))
    let late = 0
    let onTime = 0
    for (const a of docs.absences) {
      const start = groups.get(a.groupId)!.dayParts.find((p) => p.dayPart === a.dayPart)!.start
      const deadline = accrualDeadline({ careType: a.careType, date: a.date, careStart: start })
      const timely = new Date(a.reportedAt) < deadline
      if (timely) onTime++
      else late++
      if (!timely || corrected.has(a.id)) expect(earned.has(a.id), a.id).toBe(false)
      expect(a.reportedAt <= a.at).toBe(true)
    }
    expect(late).toBeGreaterThan(100)
    expect(onTime).toBeGreaterThan(late)
    expect(earned.size).toBeGreaterThan(500)
    expect(corrected.size).toBeGreaterThan(0)
  })

  it('never spends or reserves what the balance did not cover, and never passes the cap (R6, R16, R20)', () => {
    const docs = demoAll()
    const contracts = new Map(docs.children.map((c) => [c.id, c.placements]))
    const ledgers = new Map<string, LedgerEntry[]>()
    for (const e of docs.ledger) {
      const key = `${e.childId}|${e.unit}|${e.unit === 'ruiluren' ? e.careType : ''}`
      ledgers.set(key, [...(ledgers.get(key) ?? []), e])
    }
    for (const [key, entries] of ledgers) {
      const [childId, unit, careType] = key.split('|') as [string, LedgerEntry['unit'], string]
      const balance = ledgerBalance({ entries, unit, careType: unit === 'ruiluren' ? careType as CareType : undefined, today })
      expect(balance.uncovered, key).toBe(0)
      expect(balance.valid).toBeGreaterThanOrEqual(0)
      if (unit !== 'ruiluren') continue
      const placement = contracts.get(childId)!.find((p) => p.careType === careType)!
      const cap = swapHoursCap(placement.careType, placement.contract)
      for (const credit of entries.filter((e) => e.kind === 'opgebouwd' || e.kind === 'handmatig')) {
        const then = ledgerBalance({ entries: entries.filter((e) => e.date <= credit.date), unit, careType: careType as CareType, today: credit.date })
        expect(then.capBalance, `${key} on ${credit.date}`).toBeLessThanOrEqual(cap + epsilon)
      }
    }
    const kinds = new Set(docs.ledger.map((e) => e.kind))
    for (const kind of ['opgebouwd', 'handmatig', 'contract', 'opgewaardeerd', 'gereserveerd', 'besteed', 'vrijgegeven']) expect(kinds, kind).toContain(kind)
    for (const e of docs.ledger.filter((e) => e.kind === 'handmatig')) expect(e.reason).toBeTruthy()
  })

  it('lists on every KDV attendance day exactly the children the rules expect, minus the absent (F2)', () => {
    const docs = demoAll()
    const kdv = new Set(docs.locations.flatMap((l) => l.groups.filter((g) => g.careType === 'KDV').map((g) => g.id)))
    const childrenByLocation = new Map<string, typeof docs.children>()
    for (const c of docs.children) for (const l of c.locationIds) childrenByLocation.set(l, [...(childrenByLocation.get(l) ?? []), c])
    const key = (r: { groupId: string; date: string }): string => `${r.groupId}|${r.date}`
    const requests = groupBy(docs.requests, key)
    const absences = groupBy(docs.absences, key)
    const corrections = docs.journal.filter((j) => j.kind === 'correctie').map((j) => j.targetId)
    let checked = 0
    for (const day of docs.attendance.filter((d) => kdv.has(d.groupId))) {
      const { expected } = expectedChildren({
        groupId: day.groupId, date: day.date, dayPart: 'hele dag', children: childrenByLocation.get(day.locationId)!,
        requests: requests.get(key(day)) ?? [], absences: absences.get(key(day)) ?? [], corrections,
      })
      // An unplanned child is expected only once its regularising request was approved.
      const expectedIds = new Set(expected.map((e) => e.childId))
      const listed = day.entries.filter((e) => !e.unplanned || expectedIds.has(e.childId)).map((e) => e.childId).sort()
      expect(listed, day.id).toEqual([...expectedIds].sort())
      checked++
    }
    expect(checked).toBeGreaterThan(1000)
  })
})
