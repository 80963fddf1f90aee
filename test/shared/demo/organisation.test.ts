// The demo organisation matches SPEC §7: six locations of 4–8 groups and 100–250 children, ages that
// fit the care types, the FAQ's e-mail troubles, staff for every role, and work waiting in the queues.
import { describe, expect, it } from 'vitest'
import { roles, type CareType } from '../../../shared/domain'
import { demoPasswords, demoStaff } from '../../../shared/demo'
import { addDays, amsterdamDate, daysAhead, weekday } from '../../../shared/calendar'
import { requestWindow, signupBilling } from '../../../shared/rules'
import { demoAll, locationParts, today } from './demo-fixture'

const months = (birth: string, on: string): number => {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number]
  const [y, m, d] = on.split('-').map(Number) as [number, number, number]
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0)
}
const ageRange: Record<CareType, [number, number]> = { KDV: [0, 48], PG: [24, 48], VSO: [48, 156], BSO: [48, 156] }

describe('the demo organisation (SPEC §7)', () => {
  it('has 6 locations of 4–8 groups each, with 100–250 children each', () => {
    const parts = locationParts()
    expect(parts).toHaveLength(6)
    for (const part of parts) {
      const [location] = part.documents.locations
      expect(location!.groups.length).toBeGreaterThanOrEqual(4)
      expect(location!.groups.length).toBeLessThanOrEqual(8)
      const children = part.documents.children.filter((c) => c.locationIds.includes(location!.id))
      expect(children.length).toBeGreaterThanOrEqual(100)
      expect(children.length).toBeLessThanOrEqual(250)
      expect(new Set(location!.groups.map((g) => g.careType))).toContain('KDV')
      expect(new Set(location!.groups.map((g) => g.careType))).toContain('BSO')
      expect(location!.schools.length).toBeGreaterThanOrEqual(2)
    }
    const careTypes = new Set(parts.flatMap((p) => p.documents.locations[0]!.groups.map((g) => g.careType)))
    expect([...careTypes].sort()).toEqual(['BSO', 'KDV', 'PG', 'VSO'])
  })

  it('opens groups at the §7 times with the §7 capacities', () => {
    const expected = {
      KDV: ['ochtend 07:30-13:00 16', 'middag 13:00-18:30 16', 'hele dag 07:30-18:30 16'], PG: ['ochtend 08:30-12:30 16'],
      VSO: ['voorschools 07:30-08:30 20'], BSO: ['naschools 15:00-18:30 22', 'hele dag 07:30-18:30 22'],
    }
    for (const group of demoAll().locations.flatMap((l) => l.groups)) {
      expect(group.dayParts.map((p) => `${p.dayPart} ${p.start}-${p.end} ${p.capacity}`)).toEqual(expected[group.careType])
    }
  })

  it('gives children birth dates that match the care type of every placement', () => {
    for (const child of demoAll().children) {
      for (const p of child.placements) {
        const [from, to] = ageRange[p.careType]
        const atStart = months(child.birthDate, p.start)
        const atEnd = months(child.birthDate, p.end !== undefined && p.end < today ? p.end : today)
        expect(atStart, `${child.id} ${p.careType} at start`).toBeGreaterThanOrEqual(Math.max(from, 3))
        expect(atEnd, `${child.id} ${p.careType} at end`).toBeLessThan(to)
      }
    }
  })

  it('has realistic contracts: standaard, schoolweken and 52-weken, a few qflexibel, and ended placements on both sides of 8 weeks', () => {
    const placements = demoAll().children.flatMap((c) => c.placements)
    const count = (f: (p: (typeof placements)[number]) => boolean): number => placements.filter(f).length
    expect(count((p) => p.careType === 'KDV' && p.contract === 'standaard')).toBeGreaterThan(100)
    expect(count((p) => p.careType === 'BSO' && p.contract === 'schoolweken')).toBeGreaterThan(50)
    expect(count((p) => p.careType === 'BSO' && p.contract === '52-weken')).toBeGreaterThan(20)
    const qflex = count((p) => p.contract === 'qflexibel')
    expect(qflex).toBeGreaterThan(5)
    expect(qflex).toBeLessThan(placements.length * 0.1)
    for (const p of placements) {
      if (p.contract !== 'qflexibel') expect(p.weekdays.length).toBeGreaterThan(0)
      expect(p.weekdays.every((d) => d >= 1 && d <= 5)).toBe(true)
    }
    const ended = demoAll().children.filter((c) => c.lastPlacementEnd !== undefined)
    expect(ended.some((c) => daysAhead(c.lastPlacementEnd!, today) > 56)).toBe(true)
    expect(ended.some((c) => daysAhead(c.lastPlacementEnd!, today) <= 56)).toBe(true)
    for (const c of ended) expect(c.lastPlacementEnd).toBe(c.placements.map((p) => p.end!).sort().at(-1))
  })

  it('gives BSO and VSO children a school, and some children allergies and a taxi', () => {
    const children = demoAll().children
    for (const c of children) {
      const school = c.placements.some((p) => p.careType === 'BSO' || p.careType === 'VSO')
      expect(c.schoolId !== undefined).toBe(school)
    }
    expect(children.filter((c) => c.medical.allergies.length > 0).length).toBeGreaterThan(20)
    expect(children.some((c) => c.taxi)).toBe(true)
    expect(children.some((c) => c.collectors.length > 0)).toBe(true)
  })

  it("has the FAQ's e-mail troubles: parents with two addresses, pairs sharing one, parents with none", () => {
    const children = demoAll().children
    const parents = children.flatMap((c) => c.parents)
    expect(parents.some((p) => p.emails.length === 2)).toBe(true)
    expect(parents.some((p) => p.emails.length === 0)).toBe(true)
    expect(children.some((c) => c.parents.length === 2 && c.parents[0]!.emails[0] !== undefined && c.parents[0]!.emails[0] === c.parents[1]!.emails[0])).toBe(true)
    expect(parents.some((p) => p.emails.length === 2 && p.signInEmail === p.emails[1])).toBe(true)
    for (const p of parents) {
      if (p.signInEmail !== undefined) expect(p.emails).toContain(p.signInEmail)
      expect(p.emails.every((e) => /@example\.(com|net|org)$/.test(e))).toBe(true)
    }
    for (const c of children) expect(c.parents.map((p) => p.rank)).toEqual(c.parents.length === 2 ? [1, 2] : [1])
  })

  it('has demo staff for every role, without secrets in the documents', () => {
    expect(new Set(demoStaff.map((s) => s.role))).toEqual(new Set(roles))
    for (const s of demoStaff) {
      expect(Object.keys(s).sort()).toEqual(['active', 'id', 'locationIds', 'name', 'role', 'updatedAt'])
      expect(demoPasswords[s.id]?.password.length).toBeGreaterThanOrEqual(8)
      expect(demoPasswords[s.id]?.pin).toMatch(/^\d{4}$/)
    }
    expect(Object.keys(demoPasswords).sort()).toEqual(demoStaff.map((s) => s.id).sort())
    const allLocations = locationParts().map((p) => p.name).sort()
    for (const s of demoStaff.filter((s) => s.role === 'klantenservice' || s.role === 'planner')) expect([...s.locationIds].sort()).toEqual(allLocations)
    for (const location of allLocations) {
      expect(demoStaff.some((s) => s.role === 'groepsmedewerker' && s.locationIds.includes(location))).toBe(true)
      expect(demoStaff.some((s) => s.role === 'manager' && s.locationIds.includes(location))).toBe(true)
    }
  })

  it('puts open parent requests in the queue for the coming weeks, within the request window (R1)', () => {
    for (const part of locationParts()) {
      const open = part.documents.requests.filter((r) => r.status === 'ingediend' && r.submittedVia === 'ouder')
      expect(open.length, part.name).toBeGreaterThanOrEqual(3)
      for (const r of open) expect(r.date >= today, `${r.id} ${r.date}`).toBe(true)
    }
    expect(demoAll().requests.some((r) => r.status === 'wachtlijst' && r.waitlistedAt !== undefined && r.date >= today)).toBe(true)
    const requests = demoAll().requests
    for (const status of ['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd'] as const) expect(requests.some((r) => r.status === status), status).toBe(true)
    const children = new Map(demoAll().children.map((c) => [c.id, c]))
    for (const r of requests) {
      const verdict = requestWindow({ date: r.date, today: amsterdamDate(new Date(r.at)), by: r.submittedVia, taxi: children.get(r.childId)!.taxi })
      expect(verdict, `${r.id} ${r.submittedVia} ${r.at} → ${r.date}`).toEqual({ ok: true })
    }
  })

  it('lets only the planner decide Q-blocks, and records approvals without room with a reason (R11)', () => {
    const requests = demoAll().requests
    const planner = demoStaff.find((s) => s.role === 'planner')!.id
    for (const r of requests.filter((r) => r.kind === 'Q-blok')) {
      for (const d of r.decisions.filter((d) => d.status !== 'geannuleerd')) expect(d.by).toBe(planner)
    }
    const withoutRoom = requests.flatMap((r) => r.decisions).filter((d) => d.withoutRoom)
    expect(withoutRoom.length).toBeGreaterThan(0)
    for (const d of withoutRoom) expect(d.reason).toBeTruthy()
    for (const r of requests.filter((r) => r.status === 'goedgekeurd' && (r.invoiceHours ?? 0) > 0)) expect(r.invoiceDate).toBeDefined()
  })

  it('has study days per school in the coming months, and sheets whose lines carry the R9 billing', () => {
    const docs = demoAll()
    for (const school of docs.locations.flatMap((l) => l.schools)) {
      const coming = docs.studydays.filter((s) => s.schoolId === school.id && s.date > today && s.date <= addDays(today, 120))
      expect(coming.length, school.id).toBeGreaterThanOrEqual(1)
    }
    expect(docs.signupsheets.some((s) => s.status === 'open')).toBe(true)
    expect(docs.signupsheets.some((s) => s.status === 'gesloten')).toBe(true)
    const children = new Map(docs.children.map((c) => [c.id, c]))
    for (const line of docs.signuplines) {
      const p = children.get(line.childId)!.placements.find((p) => p.careType === 'BSO')!
      expect(line.billing).toBe(signupBilling({ contract: p.contract, weekday: weekday(line.date), contractWeekdays: p.weekdays }))
      expect(line.signedAt < `${line.date}`).toBe(true)
    }
    expect(docs.signuplines.some((l) => l.billing === 'inclusief')).toBe(true)
    expect(docs.journal.some((j) => j.kind === 'verwerkt')).toBe(true)
  })
})
