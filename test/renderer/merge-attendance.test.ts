import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { AttendanceEntry } from '../../shared/domain'
import { mergeAttendanceDay, newerEntry, type ReplicatedAttendanceDay } from '../../renderer/src/db/merge-attendance'

function entry(childId: string, rev: number, at: string, extra: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return { childId, rev, at, unplanned: false, wentHome: false, by: 'mw-1', device: 'pc-a', ...extra }
}

function day(entries: AttendanceEntry[], extra: Partial<ReplicatedAttendanceDay> = {}): ReplicatedAttendanceDay {
  return {
    id: '2026-12-02:g-1', date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1',
    entries, updatedAt: '2026-12-02T08:00:00.000Z', _deleted: false, ...extra,
  }
}

describe('mergeAttendanceDay', () => {
  it('keeps check-ins of different children made on two PCs', () => {
    const server = day([entry('k-sanne', 1, '2026-12-02T07:40:00.000Z', { checkIn: '2026-12-02T07:40:00.000Z', device: 'pc-b' })])
    const local = day([entry('k-daan', 1, '2026-12-02T07:41:00.000Z', { checkIn: '2026-12-02T07:41:00.000Z' })])
    const merged = mergeAttendanceDay(server, local)
    expect(merged.entries.map((e) => e.childId)).toEqual(['k-daan', 'k-sanne'])
    expect(merged.entries.find((e) => e.childId === 'k-sanne')?.device).toBe('pc-b')
  })

  it('takes the higher rev for the same child, even when its time is earlier', () => {
    const server = day([entry('k-1', 1, '2026-12-02T09:00:00.000Z', { checkIn: '2026-12-02T07:30:00.000Z' })])
    const local = day([entry('k-1', 2, '2026-12-02T08:00:00.000Z', { checkIn: '2026-12-02T07:30:00.000Z', checkOut: '2026-12-02T08:00:00.000Z' })])
    expect(mergeAttendanceDay(server, local).entries[0]?.checkOut).toBe('2026-12-02T08:00:00.000Z')
    expect(mergeAttendanceDay(local, server).entries[0]?.checkOut).toBe('2026-12-02T08:00:00.000Z')
  })

  it('on equal rev takes the later at, comparing instants rather than strings', () => {
    const a = entry('k-1', 2, '2026-12-02T08:00:00Z', { device: 'pc-a' })
    const b = entry('k-1', 2, '2026-12-02T07:59:59.500Z', { device: 'pc-b' })
    expect(newerEntry(a, b).device).toBe('pc-a')
    expect(newerEntry(b, a).device).toBe('pc-a')
  })

  it('on a full tie keeps the server version (first argument)', () => {
    const a = entry('k-1', 1, '2026-12-02T08:00:00.000Z', { device: 'pc-a' })
    const b = entry('k-1', 1, '2026-12-02T08:00:00.000Z', { device: 'pc-b' })
    expect(mergeAttendanceDay(day([a]), day([b])).entries[0]?.device).toBe('pc-a')
  })

  it('keeps the later updatedAt and stays alive unless both sides deleted it', () => {
    const server = day([], { updatedAt: '2026-12-02T08:00:00.000Z', _deleted: true })
    const local = day([entry('k-1', 1, '2026-12-02T08:05:00.000Z')], { updatedAt: '2026-12-02T08:05:00.000Z' })
    const merged = mergeAttendanceDay(server, local)
    expect(merged.updatedAt).toBe('2026-12-02T08:05:00.000Z')
    expect(merged._deleted).toBe(false)
    expect(mergeAttendanceDay(server, { ...server })._deleted).toBe(true)
  })

  it('does not modify its inputs', () => {
    const server = day([entry('k-2', 1, '2026-12-02T08:00:00.000Z')])
    const local = day([entry('k-1', 1, '2026-12-02T08:00:00.000Z')])
    const before = JSON.stringify([server, local])
    mergeAttendanceDay(server, local)
    expect(JSON.stringify([server, local])).toBe(before)
  })
})

describe('mergeAttendanceDay properties', () => {
  const instant = fc.integer({ min: Date.parse('2026-12-02T06:00:00Z'), max: Date.parse('2026-12-02T19:00:00Z') })
    .map((ms) => new Date(ms).toISOString())
  const arbEntry = fc.record({
    childId: fc.constantFrom('k-1', 'k-2', 'k-3', 'k-4', 'k-5'),
    rev: fc.integer({ min: 1, max: 4 }),
    at: instant,
    device: fc.constantFrom('pc-a', 'pc-b'),
  }).map((e) => entry(e.childId, e.rev, e.at, { device: e.device, checkIn: e.at }))
  // One entry per child per side, as the documents hold them.
  const arbEntries = fc.uniqueArray(arbEntry, { selector: (e) => e.childId, maxLength: 5 })

  it('loses no child, and per child keeps an entry no other version beats', () => {
    fc.assert(fc.property(arbEntries, arbEntries, (s, l) => {
      const merged = mergeAttendanceDay(day(s), day(l))
      const children = new Set([...s, ...l].map((e) => e.childId))
      expect(merged.entries.map((e) => e.childId).sort()).toEqual([...children].sort())
      for (const kept of merged.entries) {
        for (const other of [...s, ...l].filter((e) => e.childId === kept.childId)) {
          expect(newerEntry(kept, other)).toBe(kept)
        }
      }
    }))
  })

  it('is idempotent and, apart from full ties, independent of argument order', () => {
    fc.assert(fc.property(arbEntries, arbEntries, (s, l) => {
      const merged = mergeAttendanceDay(day(s), day(l))
      expect(mergeAttendanceDay(merged, day(l))).toEqual(merged)
      expect(mergeAttendanceDay(merged, merged)).toEqual(merged)
      const fullTie = s.some((a) => l.some((b) => a.childId === b.childId && a.rev === b.rev && a.at === b.at && a.device !== b.device))
      if (!fullTie) expect(mergeAttendanceDay(day(l), day(s)).entries).toEqual(merged.entries)
    }))
  })
})
