// Issue 9, the pure parts of the Personeel section: what each button does to the staff entry, the
// lines and the `Medewerker` choice, and the ratio line for today and for another date.
import { describe, expect, it } from 'vitest'
import type { AttendanceDay, Staff } from '../../../../../shared/domain'
import { requiredStaff } from '../../../../../shared/rules'
import type { StaffEntry } from '../../../../../renderer/src/db/merge-attendance'
import { emptyAttendanceDay } from '../../../../../renderer/src/features/attendance/attendance-entry'
import { ratioSummary, type RatioSummaryInput } from '../../../../../renderer/src/features/attendance/staff/ratio-summary'
import { allowedStaffActions, applyStaffAction } from '../../../../../renderer/src/features/attendance/staff/staff-entry'
import { staffCandidates, staffRows } from '../../../../../renderer/src/features/attendance/staff/staff-rows'

const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const fact = { by: 'anouk.devries', device: 'pc-1' }
const empty = (): AttendanceDay => emptyAttendanceDay({ date: '2026-11-23', groupId: 'g-1', locationId: 'loc-1', at: at('06:00') })

describe('applyStaffAction', () => {
  it('plans, checks in and out, one rev more each time, recording who, where and when', () => {
    const planned = applyStaffAction(empty(), { action: 'plan', staffId: 'sem', at: at('06:30'), ...fact })
    expect(planned.staff).toEqual([{ staffId: 'sem', planned: true, ...fact, at: at('06:30'), rev: 1 }])
    const inside = applyStaffAction(planned, { action: 'checkIn', staffId: 'sem', at: at('07:00'), by: 'sem', device: 'pc-2' })
    expect(inside.staff).toEqual([{ staffId: 'sem', planned: true, checkIn: at('07:00'), by: 'sem', device: 'pc-2', at: at('07:00'), rev: 2 }])
    const out = applyStaffAction(inside, { action: 'checkOut', staffId: 'sem', at: at('12:00'), ...fact })
    expect(out.staff?.[0]).toMatchObject({ checkIn: at('07:00'), checkOut: at('12:00'), rev: 3 })
    expect(out.updatedAt).toBe(at('12:00'))
    expect(out.entries).toEqual([])
  })

  it('checks in someone not planned as unplanned, and keeps the list ordered by staff id', () => {
    let day = applyStaffAction(empty(), { action: 'checkIn', staffId: 'zoe', at: at('07:00'), ...fact })
    day = applyStaffAction(day, { action: 'checkIn', staffId: 'anouk', at: at('07:01'), ...fact })
    expect(day.staff?.map((s) => [s.staffId, s.planned])).toEqual([['anouk', false], ['zoe', false]])
  })

  it('offers in once, out once after in, and planning only for someone not on the list', () => {
    expect(allowedStaffActions(undefined)).toEqual({ plan: true, checkIn: true, checkOut: false })
    const entry: StaffEntry = { staffId: 's', planned: true, ...fact, at: at('06:00'), rev: 1 }
    expect(allowedStaffActions(entry)).toEqual({ plan: false, checkIn: true, checkOut: false })
    expect(allowedStaffActions({ ...entry, checkIn: at('07:00') })).toEqual({ plan: false, checkIn: false, checkOut: true })
    expect(allowedStaffActions({ ...entry, checkIn: at('07:00'), checkOut: at('08:00') })).toEqual({ plan: false, checkIn: false, checkOut: false })
  })
})

describe('staff lines and the Medewerker choice', () => {
  const member = (id: string, name: string, extra: Partial<Staff> = {}): Staff =>
    ({ id, name, role: 'groepsmedewerker', locationIds: ['loc-1'], active: true, updatedAt: at('00:00'), ...extra })
  const members = [member('sem', 'Sem Bakker'), member('anouk', 'Anouk de Vries'), member('oud', 'Oud', { active: false }),
    member('elders', 'Elders', { locationIds: ['loc-2'] }), member('fatima', 'Fatima El Amrani', { role: 'senior' })]

  it('shows each entry with its name and state, by name', () => {
    const entries: StaffEntry[] = [
      { staffId: 'sem', planned: true, ...fact, at: at('06:00'), rev: 1 },
      { staffId: 'anouk', planned: false, checkIn: at('07:00'), checkOut: at('09:00'), ...fact, at: at('09:00'), rev: 2 },
      { staffId: 'onbekend', planned: false, checkIn: at('07:30'), ...fact, at: at('07:30'), rev: 1 },
    ]
    expect(staffRows(entries, members).map((r) => [r.name, r.state])).toEqual([
      ['Anouk de Vries', { kind: 'uitgecheckt', at: at('09:00') }],
      ['onbekend', { kind: 'ingecheckt', at: at('07:30') }],
      ['Sem Bakker', { kind: 'ingeroosterd' }],
    ])
  })

  it('offers the active staff of the location not on the list yet', () => {
    expect(staffCandidates(members, 'loc-1', new Set(['sem'])).map((s) => s.id)).toEqual(['anouk', 'fatima'])
  })
})

describe('ratioSummary', () => {
  const today = '2026-11-23'
  const now = new Date(at('10:00'))
  // Babies (under 1 on the date) and a 2-year-old: three babies need 1 staff (row 0–1), a fourth makes it 2.
  const birthDates = new Map([['b1', '2026-03-01'], ['b2', '2026-04-01'], ['b3', '2026-05-01'], ['b4', '2026-06-01'], ['t1', '2024-06-01']])
  const row = (childId: string, entry?: { checkIn?: string; checkOut?: string }, expected = true) =>
    ({ childId, expected, ...(entry ? { entry: { childId, unplanned: false, wentHome: false, ...fact, at: at('07:00'), rev: 1, ...entry } } : {}) })
  const on = (staffId: string, checkIn?: string, checkOut?: string, planned = false): StaffEntry =>
    ({ staffId, planned, ...(checkIn ? { checkIn } : {}), ...(checkOut ? { checkOut } : {}), ...fact, at: at('07:00'), rev: 1 })
  const base: RatioSummaryInput = { careType: 'KDV', date: today, today, now, rows: [], staff: [], birthDates }

  it('today: children and staff checked in now; the requirement is requiredStaff\'s', () => {
    const rows = [row('b1', { checkIn: at('07:00') }), row('b2', { checkIn: at('07:00') }), row('b3', { checkIn: at('07:00') }),
      row('b4', { checkIn: at('07:00'), checkOut: at('09:00') }), row('t1')]
    const one = ratioSummary({ ...base, rows, staff: [on('a', at('07:00')), on('b', at('07:00'), at('09:30')), on('c', undefined, undefined, true)] })
    const need = requiredStaff({ careType: 'KDV', date: today, birthDates: ['2026-03-01', '2026-04-01', '2026-05-01'] })
    expect(one).toEqual({ kind: 'now', required: need.ok ? need.staff : -1, present: 1, short: false, unknown: 0 })
    // At 08:00 the fourth baby and the second staff member are still there.
    expect(ratioSummary({ ...base, now: new Date(at('08:00')), rows, staff: [on('a', at('07:00')), on('b', at('07:00'), at('09:30'))] }))
      .toMatchObject({ kind: 'now', required: 2, present: 2, short: false })
    expect(ratioSummary({ ...base, now: new Date(at('08:00')), rows, staff: [on('a', at('07:00'))] })).toMatchObject({ required: 2, present: 1, short: true })
  })

  it('another date: the expected children against the staff planned (or checked in)', () => {
    const rows = [row('b1'), row('b2'), row('b3'), row('b4'), row('x', { checkIn: at('07:00') }, false)]
    expect(ratioSummary({ ...base, date: '2026-11-24', rows, staff: [on('a', undefined, undefined, true)] }))
      .toEqual({ kind: 'planned', required: 2, planned: 1, children: 4, short: true, unknown: 0 })
  })

  it('leaves out children without a birth date here and says how many', () => {
    expect(ratioSummary({ ...base, rows: [row('b1', { checkIn: at('07:00') }), row('??', { checkIn: at('07:00') })] }))
      .toMatchObject({ kind: 'now', required: 1, present: 0, short: true, unknown: 1 })
  })

  it('passes a group too big on as a refusal, and shows nothing for VSO', () => {
    const many = new Map(Array.from({ length: 13 }, (_, i) => [`b${i}`, '2026-03-01'] as const))
    const rows = [...many.keys()].map((id) => row(id, { checkIn: at('07:00') }))
    expect(ratioSummary({ ...base, rows, birthDates: many })).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Te veel kinderen/) })
    expect(ratioSummary({ ...base, careType: 'VSO', rows })).toEqual({ kind: 'none' })
  })
})
