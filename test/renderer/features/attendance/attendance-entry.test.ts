import { describe, expect, it } from 'vitest'
import { allowedActions, applyCheck, emptyAttendanceDay } from '../../../../renderer/src/features/attendance/attendance-entry'
import { serverNow } from '../../../../renderer/src/bridge/sync-status'

const who = { by: 'mw-1', device: 'pc-a' }

describe('check-in and check-out on a group-day', () => {
  it('creates the entry with rev 1 on check-in and raises rev on check-out, keeping other children', () => {
    const empty = emptyAttendanceDay({ date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', at: '2026-12-02T07:00:00.000Z' })
    expect(empty.id).toBe('2026-12-02:g-1')
    const other = applyCheck(empty, { ...who, action: 'checkIn', childId: 'k-9', at: '2026-12-02T07:10:00.000Z' })
    const inDay = applyCheck(other, { ...who, action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:30:00.000Z' })
    expect(inDay.entries.map((e) => e.childId)).toEqual(['k-1', 'k-9'])
    expect(inDay.entries[0]).toMatchObject({ childId: 'k-1', checkIn: '2026-12-02T07:30:00.000Z', rev: 1, unplanned: false, wentHome: false })
    const outDay = applyCheck(inDay, { by: 'mw-2', device: 'pc-b', action: 'checkOut', childId: 'k-1', at: '2026-12-02T12:00:00.000Z' })
    expect(outDay.entries[0]).toMatchObject({ checkIn: '2026-12-02T07:30:00.000Z', checkOut: '2026-12-02T12:00:00.000Z', rev: 2, by: 'mw-2', device: 'pc-b', at: '2026-12-02T12:00:00.000Z' })
    expect(outDay.updatedAt).toBe('2026-12-02T12:00:00.000Z')
    expect(inDay.entries[0]?.checkOut).toBeUndefined()
  })

  it('offers check-in once, then check-out once, and went home once after check-in', () => {
    expect(allowedActions(undefined)).toEqual({ checkIn: true, checkOut: false, wentHome: false })
    const e = { childId: 'k', unplanned: false, wentHome: false, rev: 1, ...who, at: 'x', checkIn: 'x' }
    expect(allowedActions(e)).toEqual({ checkIn: false, checkOut: true, wentHome: true })
    expect(allowedActions({ ...e, checkOut: 'y' })).toEqual({ checkIn: false, checkOut: false, wentHome: true })
    expect(allowedActions({ ...e, checkOut: 'y', wentHome: true })).toEqual({ checkIn: false, checkOut: false, wentHome: false })
  })

  it('marks went home during the day (R5): the child leaves now, or keeps the check-out it had', () => {
    const empty = emptyAttendanceDay({ date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', at: '2026-12-02T07:00:00.000Z' })
    const inDay = applyCheck(empty, { ...who, action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:30:00.000Z' })
    const home = applyCheck(inDay, { ...who, action: 'wentHome', childId: 'k-1', at: '2026-12-02T10:15:00.000Z' })
    expect(home.entries[0]).toMatchObject({ wentHome: true, checkIn: '2026-12-02T07:30:00.000Z', checkOut: '2026-12-02T10:15:00.000Z', rev: 2 })
    const outDay = applyCheck(inDay, { ...who, action: 'checkOut', childId: 'k-1', at: '2026-12-02T10:00:00.000Z' })
    const later = applyCheck(outDay, { ...who, action: 'wentHome', childId: 'k-1', at: '2026-12-02T11:00:00.000Z' })
    expect(later.entries[0]).toMatchObject({ wentHome: true, checkOut: '2026-12-02T10:00:00.000Z', rev: 3 })
  })

  it('records time on the server clock: PC time minus the measured offset', () => {
    const pc = Date.parse('2026-12-02T07:30:05.000Z')
    expect(serverNow({ online: true, lastSyncAt: null, serverOffsetMs: 5_000, serverUrl: '' }, pc).toISOString()).toBe('2026-12-02T07:30:00.000Z')
    expect(serverNow(null, pc).toISOString()).toBe('2026-12-02T07:30:05.000Z')
  })
})
