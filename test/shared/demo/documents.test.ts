// Every document of every collection of the demo is valid, refers to what exists, and carries the
// deterministic id its natural key gives it.
import { describe, expect, it } from 'vitest'
import {
  absenceId, attendanceDayId, collectionNames, ledgerIds, lineDecisionId, signupSheetId, studyDayId, validateDocument,
} from '../../../shared/domain'
import { amsterdamInstant } from '../../../shared/calendar'
import { demoAll, today } from './demo-fixture'

describe('demo documents', () => {
  it('all validate against their collection schema (every document, not a sample)', () => {
    const docs = demoAll()
    const failures: string[] = []
    let checked = 0
    for (const name of collectionNames) {
      for (const doc of docs[name]) {
        checked++
        const result = validateDocument(name, doc)
        if (!result.ok && failures.length < 10) failures.push(`${name} ${doc.id}: ${result.errors.join('; ')}`)
      }
    }
    expect(failures).toEqual([])
    expect(checked).toBeGreaterThan(20_000)
  })

  it('have unique ids per collection', () => {
    const docs = demoAll()
    for (const name of collectionNames) {
      const ids = docs[name].map((d) => d.id)
      expect(new Set(ids).size, name).toBe(ids.length)
    }
  })

  it('use the deterministic ids of their natural keys', () => {
    const docs = demoAll()
    for (const d of docs.attendance) expect(d.id).toBe(attendanceDayId(d.date, d.groupId))
    for (const a of docs.absences) expect(a.id).toBe(absenceId(a.date, a.childId, a.dayPart))
    for (const s of docs.studydays) expect(s.id).toBe(studyDayId(s.schoolId, s.date))
    for (const s of docs.signupsheets) expect(s.id).toBe(signupSheetId(s.locationId, s.date))
    const bySource = { opgebouwd: ledgerIds.earnedFromAbsence, gereserveerd: ledgerIds.reservation, besteed: ledgerIds.spent,
      vrijgegeven: ledgerIds.release, teruggeboekt: ledgerIds.refund } as const
    for (const e of docs.ledger) {
      const make = bySource[e.kind as keyof typeof bySource]
      if (make) expect(e.id).toBe(make(e.sourceId!))
    }
    for (const j of docs.journal.filter((j) => j.kind === 'verwerkt' || j.kind === 'afgewezen')) expect(j.id).toBe(lineDecisionId(j.targetId))
  })

  it('refer only to locations, groups, children, schools, sheets and requests that exist', () => {
    const docs = demoAll()
    const locations = new Set(docs.locations.map((l) => l.id))
    const groups = new Map(docs.locations.flatMap((l) => l.groups.map((g) => [g.id, l.id] as const)))
    const schools = new Set(docs.locations.flatMap((l) => l.schools.map((s) => s.id)))
    const children = new Map(docs.children.map((c) => [c.id, c]))
    const requests = new Set(docs.requests.map((r) => r.id))
    const absences = new Set(docs.absences.map((a) => a.id))
    const sheets = new Set(docs.signupsheets.map((s) => s.id))
    for (const c of docs.children) {
      for (const p of c.placements) expect(groups.get(p.groupId)).toBe(p.locationId)
      expect(c.locationIds).toEqual([...new Set(c.placements.map((p) => p.locationId))])
      if (c.schoolId !== undefined) expect(schools.has(c.schoolId)).toBe(true)
    }
    for (const d of [...docs.attendance, ...docs.absences, ...docs.requests]) {
      expect(groups.get(d.groupId)).toBe(d.locationId)
    }
    for (const d of docs.attendance) for (const e of d.entries) expect(children.get(e.childId)?.locationIds).toContain(d.locationId)
    for (const d of [...docs.absences, ...docs.requests, ...docs.ledger, ...docs.signuplines]) expect(children.has(d.childId)).toBe(true)
    for (const s of docs.studydays) expect(schools.has(s.schoolId)).toBe(true)
    for (const l of docs.signuplines) expect(sheets.has(l.sheetId)).toBe(true)
    for (const e of docs.ledger.filter((e) => e.sourceId !== undefined)) {
      expect(e.kind === 'opgebouwd' ? absences.has(e.sourceId!) : requests.has(e.sourceId!)).toBe(true)
    }
    for (const s of [...docs.signupsheets, ...docs.journal]) expect(locations.has(s.locationId)).toBe(true)
  })

  it('record every fact before today (Amsterdam): the demo has no future facts', () => {
    const docs = demoAll()
    const midnight = amsterdamInstant(today, '00:00').toISOString()
    const instants = [
      ...docs.attendance.flatMap((d) => [d.updatedAt, ...d.entries.flatMap((e) => [e.at, e.checkIn ?? '', e.checkOut ?? ''])]),
      ...docs.absences.flatMap((a) => [a.at, a.reportedAt]),
      ...docs.requests.flatMap((r) => [r.at, r.updatedAt, ...r.decisions.map((d) => d.at)]),
      ...docs.ledger.map((e) => e.at), ...docs.studydays.map((s) => s.at), ...docs.signuplines.map((l) => l.signedAt),
      ...docs.signupsheets.map((s) => s.updatedAt), ...docs.journal.map((j) => j.at),
    ]
    expect(instants.filter((at) => at >= midnight)).toEqual([])
  })

  it('keep attendance times in order and regularise every unplanned child', () => {
    const docs = demoAll()
    const regularised = new Set(docs.journal.filter((j) => j.kind === 'geregeld').map((j) => j.targetId))
    let unplanned = 0
    for (const d of docs.attendance) {
      for (const e of d.entries) {
        expect(e.checkIn! < e.checkOut!).toBe(true)
        expect(e.at >= e.checkOut!).toBe(true)
        if (e.unplanned) {
          unplanned++
          expect(regularised.has(`${d.id}:${e.childId}`)).toBe(true)
        }
      }
      expect(new Set(d.entries.map((e) => e.childId)).size).toBe(d.entries.length)
    }
    expect(unplanned).toBeGreaterThan(0)
  })

  it('has no notices: those are per PC, written when a change loses or is refused', () => {
    expect(demoAll().notices).toEqual([])
  })
})
