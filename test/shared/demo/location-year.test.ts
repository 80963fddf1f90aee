import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../shared/domain'
import { locationYear, locationYearDocuments } from '../../../shared/demo'

describe('locationYear (first-sync benchmark workload, DESIGN §4)', () => {
  it('yields about 50,000 attendance entries in about 2,000 valid group-day documents, the same each time', () => {
    const days = [...locationYear(1, '2026-11-23')]
    const entries = days.reduce((n, d) => n + d.entries.length, 0)
    expect(days.length).toBeGreaterThan(1_800)
    expect(days.length).toBeLessThan(2_200)
    expect(entries).toBeGreaterThan(45_000)
    expect(entries).toBeLessThan(55_000)
    for (const day of days) expect(validateDocument('attendance', day)).toEqual({ ok: true })
    expect(new Set(days.map((d) => d.locationId)).size).toBe(1)
    expect(days.map((d) => d.date)).toEqual(days.map((d) => d.date).sort())
    const again = [...locationYear(1, '2026-11-23')]
    expect(JSON.stringify(again)).toBe(JSON.stringify(days))
  })

  it('comes with the master data it refers to', () => {
    const docs = locationYearDocuments(2, '2026-11-23')
    const children = new Set(docs.children.map((c) => c.id))
    const groups = new Set(docs.locations[0]!.groups.map((g) => g.id))
    for (const day of docs.attendance) {
      expect(groups.has(day.groupId)).toBe(true)
      for (const e of day.entries) expect(children.has(e.childId)).toBe(true)
    }
  })
})
