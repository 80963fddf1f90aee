// Issue 9: two PCs changing the staff of one group-day meet in one document; staff entries are merged
// per staff member exactly as children's entries are (three-way), and nothing is dropped.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AttendanceEntry } from '../../../shared/domain'
import { staffConflictNotice } from '../../../renderer/src/db/attendance-conflict-handler'
import { mergeAttendanceDay, sameJson, type ReplicatedAttendanceDay, type StaffEntry } from '../../../renderer/src/db/merge-attendance'

const at = (hhmm: string) => `2026-12-02T${hhmm}:00.000Z`

function staff(staffId: string, extra: Partial<StaffEntry> = {}): StaffEntry {
  return { staffId, planned: false, by: 'anouk.devries', device: 'pc-a', at: at('07:00'), rev: 1, ...extra }
}
const child = (childId: string): AttendanceEntry => ({
  childId, checkIn: at('07:30'), unplanned: false, wentHome: false, by: 'anouk.devries', device: 'pc-a', at: at('07:30'), rev: 1,
})

function day(staffEntries: StaffEntry[] | undefined, entries: AttendanceEntry[] = []): ReplicatedAttendanceDay {
  return {
    id: '2026-12-02:g-1', date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', entries, updatedAt: at('07:00'), _deleted: false,
    ...(staffEntries ? { staff: staffEntries } : {}),
  }
}

describe('mergeAttendanceDay: staff entries', () => {
  it('keeps staff checked in on two PCs, and the children beside them, with no loser', () => {
    const server = day([staff('sem', { checkIn: at('07:05'), device: 'pc-b' })], [child('k-1')])
    const local = day([staff('anouk', { checkIn: at('07:10') })], [child('k-2')])
    const { day: merged, lost, lostStaff } = mergeAttendanceDay(server, local, day(undefined))
    expect(merged.staff?.map((s) => s.staffId)).toEqual(['anouk', 'sem'])
    expect(merged.entries.map((e) => e.childId)).toEqual(['k-1', 'k-2'])
    expect([lost, lostStaff]).toEqual([[], []])
  })

  it('keeps the local staff of a day the server has without staff (the field was not there yet)', () => {
    const local = day([staff('anouk', { planned: true })])
    const { day: merged } = mergeAttendanceDay(day(undefined, [child('k-1')]), local, day(undefined))
    expect(merged.staff).toEqual(local.staff)
    expect(merged.entries).toEqual([child('k-1')])
  })

  it('adds no staff field to a day neither side put staff on', () => {
    const { day: merged } = mergeAttendanceDay(day(undefined, [child('k-1')]), day(undefined, [child('k-2')]), day(undefined))
    expect('staff' in merged).toBe(false)
  })

  it('takes the side that changed a staff member; the server wins when both did, and the local one is reported', () => {
    const base = staff('anouk', { checkIn: at('07:00') })
    const out = { ...base, checkOut: at('12:00'), at: at('12:00'), rev: 2 }
    expect(mergeAttendanceDay(day([base]), day([out]), day([base])).day.staff).toEqual([out])
    expect(mergeAttendanceDay(day([out]), day([base]), day([base])).day.staff).toEqual([out])
    const theirs = { ...base, checkOut: at('11:00'), at: at('11:00'), rev: 2, by: 'sem.bakker', device: 'pc-b' }
    const { day: merged, lostStaff } = mergeAttendanceDay(day([theirs]), day([out]), day([base]))
    expect(merged.staff).toEqual([theirs])
    expect(lostStaff).toEqual([{ local: out, winner: theirs }])
  })

  it('never drops a staff entry the local version lacks', () => {
    const kept = staff('sem', { planned: true })
    expect(mergeAttendanceDay(day([kept]), day([]), day([kept])).day.staff).toEqual([kept])
  })

  it('keeps every staff member, each side\'s own edits, and reports exactly the true collisions (property)', () => {
    const ids = ['s-1', 's-2', 's-3', 's-4']
    const edit = fc.option(fc.record({ minute: fc.integer({ min: 0, max: 600 }), planned: fc.boolean() }), { nil: undefined })
    const side = fc.array(edit, { minLength: 4, maxLength: 4 })
    const apply = (base: StaffEntry[], edits: ({ minute: number; planned: boolean } | undefined)[], device: string) => {
      const byId = new Map(base.map((s) => [s.staffId, s]))
      ids.forEach((id, i) => {
        const e = edits[i]
        if (!e) return
        const time = new Date(Date.parse(at('06:00')) + e.minute * 60_000).toISOString()
        byId.set(id, staff(id, { planned: e.planned, checkIn: time, at: time, device, rev: (byId.get(id)?.rev ?? 0) + 1 }))
      })
      return [...byId.values()]
    }
    fc.assert(fc.property(side, side, side, (b, s, l) => {
      const base = apply([], b, 'pc-base')
      const server = apply(base, s, 'pc-a')
      const local = apply(base, l, 'pc-b')
      const { day: merged, lostStaff } = mergeAttendanceDay(day(server), day(local), day(base))
      const find = (list: StaffEntry[] | undefined, id: string) => list?.find((x) => x.staffId === id)
      const expectedLost: string[] = []
      for (const id of ids) {
        const [bv, sv, lv] = [find(base, id), find(server, id), find(local, id)]
        const localChanged = !sameJson(lv, bv)
        const serverChanged = !sameJson(sv, bv)
        if (localChanged && serverChanged && !sameJson(sv, lv)) expectedLost.push(id)
        expect(find(merged.staff, id)).toEqual(localChanged && !serverChanged ? lv : sv)
      }
      expect(lostStaff.map((x) => x.local.staffId)).toEqual(expectedLost)
      // The resolved state pushed again is no conflict any more.
      expect(mergeAttendanceDay(day(server), merged, day(server)).lostStaff).toEqual([])
    }))
  })
})

describe('staffConflictNotice', () => {
  it('names the staff member and both changes in Dutch, with a stable id per lost change', () => {
    const local = staff('anouk.devries', { checkIn: at('07:05') })
    const winner = staff('anouk.devries', { checkIn: at('07:09'), by: 'sem.bakker', device: 'pc-b', at: at('07:09') })
    const input = { day: { id: '2026-12-02:g-1', locationId: 'loc-1' }, lost: { local, winner }, deviceId: 'pc-a', staffName: 'Anouk de Vries', at: at('09:00') }
    const notice = staffConflictNotice(input)
    expect(notice).toMatchObject({ kind: 'conflict', code: 'conflict-verloren', deviceId: 'pc-a', docId: '2026-12-02:g-1', winner: { by: 'sem.bakker' } })
    // 07:05 UTC is 08:05 in Amsterdam in December.
    expect(notice.message).toBe('Anouk de Vries: je wijziging (Ingecheckt 08:05) is niet overgenomen, want een andere pc had deze medewerker al eerder gewijzigd (Ingecheckt 08:09).')
    expect(staffConflictNotice({ ...input, at: at('10:00') }).id).toBe(notice.id)
    expect(notice.id).toContain('staff:anouk.devries')
  })
})
