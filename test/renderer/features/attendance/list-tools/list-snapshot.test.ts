import { describe, expect, it } from 'vitest'
import type { Absence } from '../../../../../shared/domain'
import { attendanceRows } from '../../../../../renderer/src/features/attendance/attendance-rows'
import { freezePlanning, isCurrent, planningFor } from '../../../../../renderer/src/features/attendance/list-tools/list-snapshot'
import { child, date, group, request } from './fixtures'

const at = new Date('2026-12-02T06:00:00.000Z')
const daan = child('k-daan', 'Daan', 'Bakker')
const lot = child('k-lot', 'Lot', 'Jansen', { dayParts: ['middag'] })
const mo = child('k-mo', 'Mo', 'Yilmaz', { weekdays: [1] })
const before = { children: [daan, lot, mo], requests: [request('r-mo', 'k-mo')] }

function names(rows: { name: string; dayParts: string[] }[]): string[] {
  return rows.map((r) => `${r.name}:${r.dayParts.join('+')}`)
}

describe('a locked list (R18)', () => {
  const snapshot = freezePlanning({ groupId: 'g-1', date, at, ...before })
  // Meanwhile the planning changes: Lot's placement ended, Eva was placed, Mo's request was cancelled,
  // and a request for Daan's afternoon was approved.
  const eva = child('k-eva', 'Eva', 'Smit')
  const after = {
    children: [daan, child('k-lot', 'Lot', 'Jansen', { dayParts: ['middag'], end: '2026-11-30' }), mo, eva],
    requests: [request('r-mo', 'k-mo', { status: 'geannuleerd' }), request('r-daan', 'k-daan')],
  }
  const live = (extra: { absences?: Absence[] } = {}) =>
    attendanceRows({ group, date, ...after, absences: extra.absences ?? [], day: null })

  it('keeps the children it had when it was frozen, whatever the planning does since', () => {
    const locked = attendanceRows({ group, date, ...after, absences: [], day: null, ...planningFor({ locked: true, snapshot, today: date }) })
    expect(names(locked)).toEqual(['Daan Bakker:ochtend', 'Lot Jansen:middag', 'Mo Yilmaz:middag'])
    expect(names(live())).toEqual(['Daan Bakker:hele dag', 'Eva Smit:ochtend'])
  })

  it('follows the planning live once unlocked', () => {
    const unlocked = attendanceRows({ group, date, ...after, absences: [], day: null, ...planningFor({ locked: false, snapshot, today: date }) })
    expect(names(unlocked)).toEqual(names(live()))
  })

  it('still takes an absence reported after the freeze: absences are not planning', () => {
    const absence: Absence = {
      id: `${date}:k-daan:ochtend`, childId: 'k-daan', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', date, dayPart: 'ochtend',
      reason: { code: 'ziek' }, reportedAt: '2026-12-02T06:30:00.000Z', reportedVia: 'ouder', by: 'ouderportaal', device: 'portal', at: '2026-12-02T06:30:00.000Z',
    }
    const locked = attendanceRows({ group, date, ...after, absences: [absence], day: null, ...planningFor({ locked: true, snapshot, today: date }) })
    expect(names(locked)).toEqual(['Lot Jansen:middag', 'Mo Yilmaz:middag'])
  })

  it('names a child from the snapshot when its document left this PC', () => {
    const locked = attendanceRows({ group, date, children: [], requests: [], absences: [], day: null, ...planningFor({ locked: true, snapshot, today: date }) })
    expect(locked.map((r) => r.name)).toEqual(['Daan Bakker', 'Lot Jansen', 'Mo Yilmaz'])
  })
})

describe('freezePlanning', () => {
  it('keeps only placements in the group that run on the date, and approved requests of the group and date', () => {
    const other = child('k-other', 'Olaf', 'Anders', { groupId: 'g-2' })
    const ended = child('k-old', 'Oud', 'Kind', { end: '2026-12-01' })
    const snapshot = freezePlanning({
      groupId: 'g-1', date, at,
      children: [daan, other, ended],
      requests: [request('r-1', 'k-other'), request('r-2', 'k-old', { status: 'ingediend' }), request('r-3', 'k-x', { groupId: 'g-2' })],
    })
    expect(snapshot.planning.children.map((c) => c.id)).toEqual(['k-daan'])
    expect(snapshot.planning.requests.map((r) => r.id)).toEqual(['r-1'])
    expect(snapshot.names).toEqual({ 'k-daan': 'Daan Bakker', 'k-other': 'Olaf Anders' })
    expect(snapshot).toMatchObject({ listId: `${date}:g-1`, date, groupId: 'g-1', takenAt: at.toISOString() })
  })

  it('dates the snapshot in Amsterdam: 23:30 UTC on 1 December is already the 2nd there', () => {
    expect(freezePlanning({ groupId: 'g-1', date, at: new Date('2026-12-01T23:30:00.000Z'), children: [], requests: [] }).takenOn).toBe('2026-12-02')
  })

  it('serves the day it was taken only: a snapshot of yesterday gives way to the live planning until it is frozen anew', () => {
    const yesterday = freezePlanning({ groupId: 'g-1', date, at: new Date('2026-12-01T10:00:00.000Z'), ...before })
    expect(isCurrent(yesterday, '2026-12-02')).toBe(false)
    expect(isCurrent(null, '2026-12-02')).toBe(false)
    expect(planningFor({ locked: true, snapshot: yesterday, today: '2026-12-02' })).toEqual({})
    expect(planningFor({ locked: true, snapshot: yesterday, today: '2026-12-01' }).planning).toBe(yesterday.planning)
  })
})
