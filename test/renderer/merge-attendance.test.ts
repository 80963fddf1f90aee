import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { AttendanceEntry } from '../../shared/domain'
import { mergeAttendanceDay, sameJson, type ReplicatedAttendanceDay } from '../../renderer/src/db/merge-attendance'

function entry(childId: string, rev: number, at: string, extra: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return { childId, rev, at, unplanned: false, wentHome: false, by: 'mw-1', device: 'pc-a', ...extra }
}

function day(entries: AttendanceEntry[], extra: Partial<ReplicatedAttendanceDay> = {}): ReplicatedAttendanceDay {
  return {
    id: '2026-12-02:g-1', date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1',
    entries, updatedAt: '2026-12-02T08:00:00.000Z', _deleted: false, ...extra,
  }
}

const checkedIn = (childId: string, at: string, extra: Partial<AttendanceEntry> = {}) => entry(childId, 1, at, { checkIn: at, ...extra })

describe('mergeAttendanceDay (three-way, per child)', () => {
  it('keeps check-ins of different children made on two PCs, with no loser', () => {
    const server = day([checkedIn('k-sanne', '2026-12-02T07:40:00.000Z', { device: 'pc-b' })])
    const local = day([checkedIn('k-daan', '2026-12-02T07:41:00.000Z')])
    const { day: merged, lost } = mergeAttendanceDay(server, local, day([]))
    expect(merged.entries.map((e) => e.childId)).toEqual(['k-daan', 'k-sanne'])
    expect(merged.entries.find((e) => e.childId === 'k-sanne')?.device).toBe('pc-b')
    expect(lost).toEqual([])
  })

  it('takes the local entry when only this PC changed it, even with a lower rev or an earlier time', () => {
    const base = checkedIn('k-1', '2026-12-02T07:30:00.000Z', { rev: 3 })
    const local = { ...base, rev: 2, checkOut: '2026-12-02T07:45:00.000Z', at: '2026-12-02T07:29:00.000Z' }
    const other = checkedIn('k-2', '2026-12-02T08:00:00.000Z', { device: 'pc-b' })
    const { day: merged, lost } = mergeAttendanceDay(day([base, other]), day([local]), day([base]))
    expect(merged.entries.find((e) => e.childId === 'k-1')).toEqual(local)
    expect(merged.entries.find((e) => e.childId === 'k-2')).toEqual(other)
    expect(lost).toEqual([])
  })

  it('takes the server entry when only the server changed it, even when the local rev is higher', () => {
    const base = entry('k-1', 5, '2026-12-02T07:30:00.000Z', { checkIn: '2026-12-02T07:30:00.000Z' })
    const server = entry('k-1', 2, '2026-12-02T09:00:00.000Z', { checkIn: '2026-12-02T07:30:00.000Z', checkOut: '2026-12-02T09:00:00.000Z', device: 'pc-b' })
    const { day: merged, lost } = mergeAttendanceDay(day([server]), day([base]), day([base]))
    expect(merged.entries).toEqual([server])
    expect(lost).toEqual([])
  })

  it('lets the server entry win when both sides changed the same child differently, and reports the local one', () => {
    const mine = checkedIn('k-1', '2026-12-02T08:05:00.000Z', { by: 'anouk.devries', device: 'pc-a' })
    const theirs = checkedIn('k-1', '2026-12-02T08:09:00.000Z', { by: 'sem.bakker', device: 'pc-b' })
    // Even when the local change is newer or has the higher rev: first to reach the server wins.
    const newer = { ...mine, rev: 7, at: '2026-12-02T08:30:00.000Z' }
    for (const local of [mine, newer]) {
      const { day: merged, lost } = mergeAttendanceDay(day([theirs]), day([local]), day([]))
      expect(merged.entries).toEqual([theirs])
      expect(lost).toEqual([{ local, winner: theirs }])
    }
  })

  it('without a known server state, a child in both versions is a collision the server wins', () => {
    const mine = checkedIn('k-1', '2026-12-02T08:05:00.000Z')
    const theirs = checkedIn('k-1', '2026-12-02T08:09:00.000Z', { device: 'pc-b' })
    const { day: merged, lost } = mergeAttendanceDay(day([theirs]), day([mine]))
    expect(merged.entries).toEqual([theirs])
    expect(lost).toHaveLength(1)
  })

  it('reports nothing when both sides made the same change', () => {
    const same = checkedIn('k-1', '2026-12-02T08:05:00.000Z')
    const { lost } = mergeAttendanceDay(day([same]), day([{ ...same }]), day([]))
    expect(lost).toEqual([])
  })

  it('never drops an entry the local version lacks', () => {
    const base = checkedIn('k-1', '2026-12-02T08:05:00.000Z')
    const { day: merged } = mergeAttendanceDay(day([base]), day([]), day([base]))
    expect(merged.entries).toEqual([base])
  })

  it('keeps the later updatedAt and stays alive unless both sides deleted it', () => {
    const server = day([], { updatedAt: '2026-12-02T08:00:00.000Z', _deleted: true })
    const local = day([entry('k-1', 1, '2026-12-02T08:05:00.000Z')], { updatedAt: '2026-12-02T08:05:00.000Z' })
    const merged = mergeAttendanceDay(server, local).day
    expect(merged.updatedAt).toBe('2026-12-02T08:05:00.000Z')
    expect(merged._deleted).toBe(false)
    expect(mergeAttendanceDay(server, { ...server }).day._deleted).toBe(true)
  })

  it('does not modify its inputs', () => {
    const server = day([entry('k-2', 1, '2026-12-02T08:00:00.000Z')])
    const local = day([entry('k-1', 1, '2026-12-02T08:00:00.000Z')])
    const base = day([])
    const before = JSON.stringify([server, local, base])
    mergeAttendanceDay(server, local, base)
    expect(JSON.stringify([server, local, base])).toBe(before)
  })

  it('compares entries by content, not by key order', () => {
    expect(sameJson({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true)
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameJson(undefined, { a: 1 })).toBe(false)
  })
})

describe('mergeAttendanceDay properties: two PCs editing one group-day offline', () => {
  const children = ['k-1', 'k-2', 'k-3', 'k-4', 'k-5']
  const minute = fc.integer({ min: 0, max: 600 }).map((m) => new Date(Date.parse('2026-12-02T06:00:00Z') + m * 60_000).toISOString())
  // Per child: absent, or an entry; a PC's edit of a child is a new entry with a higher rev.
  const version = (device: string) => fc.option(fc.record({ at: minute, rev: fc.integer({ min: 1, max: 3 }) }), { nil: undefined })
    .map((v) => v && ((childId: string) => entry(childId, v.rev, v.at, { checkIn: v.at, device })))
  const side = (device: string) => fc.array(fc.option(version(device), { nil: undefined }), { minLength: 5, maxLength: 5 })

  /** Base + one side's edits: child i is edited when that side's i-th slot holds an edit. */
  function apply(base: AttendanceEntry[], edits: (((id: string) => AttendanceEntry) | undefined)[]): AttendanceEntry[] {
    const byChild = new Map(base.map((e) => [e.childId, e]))
    children.forEach((id, i) => {
      const edit = edits[i]
      if (edit) byChild.set(id, { ...edit(id), rev: (byChild.get(id)?.rev ?? 0) + edit(id).rev })
    })
    return [...byChild.values()]
  }

  it('keeps every child, takes each side\'s own edits, lets the server win true collisions and reports exactly those', () => {
    fc.assert(fc.property(side('pc-base'), side('pc-a'), side('pc-b'), (baseEdits, aEdits, bEdits) => {
      const base = apply([], baseEdits)
      const server = apply(base, aEdits) // PC A reached the server first
      const local = apply(base, bEdits) // PC B's offline work
      const { day: merged, lost } = mergeAttendanceDay(day(server), day(local), day(base))
      const find = (list: AttendanceEntry[], id: string) => list.find((e) => e.childId === id)
      const expectedLost: string[] = []
      for (const id of children) {
        const [b, s, l] = [find(base, id), find(server, id), find(local, id)]
        const kept = find(merged.entries, id)
        const aChanged = !sameJson(s, b)
        const bChanged = !sameJson(l, b)
        if (bChanged && aChanged && !sameJson(s, l)) expectedLost.push(id)
        expect(kept, id).toEqual(bChanged && !aChanged ? l : s)
      }
      expect(lost.map((x) => x.local.childId)).toEqual(expectedLost)
      // The resolved state pushed again against the same server state is no conflict any more.
      const again = mergeAttendanceDay(day(server), merged, day(server))
      expect(again.lost).toEqual([])
      expect(again.day.entries).toEqual(merged.entries)
      // Deterministic: a retried resolve reports the same losses (the notices' ids depend on it).
      expect(mergeAttendanceDay(day(server), day(local), day(base)).lost).toEqual(lost)
    }))
  })
})
