import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  childrenPresentAt, groupRatio, plannedStaff, presentAt, ratioCareType, requiredStaff, staffOnGroupAt, type StaffPresence,
} from '../../../shared/rules'

const t = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00.000Z`)
const iso = (hhmm: string) => t(hhmm).toISOString()

describe('who is on the group at an instant', () => {
  it('counts from check-in up to, not including, check-out', () => {
    const entry = { checkIn: iso('07:00'), checkOut: iso('12:00') }
    expect(presentAt(entry, t('06:59'))).toBe(false)
    expect(presentAt(entry, t('07:00'))).toBe(true)
    expect(presentAt(entry, t('11:59'))).toBe(true)
    expect(presentAt(entry, t('12:00'))).toBe(false)
    expect(presentAt({ checkIn: iso('07:00') }, t('23:00'))).toBe(true)
    expect(presentAt({}, t('08:00'))).toBe(false)
  })

  it('compares instants, not strings (milliseconds written or not)', () => {
    expect(presentAt({ checkIn: '2026-11-23T07:00:00Z', checkOut: '2026-11-23T07:00:00.500Z' }, new Date('2026-11-23T07:00:00.250Z'))).toBe(true)
  })

  it('staff on the group now: checked in, not out; a planned entry alone does not count', () => {
    const staff: StaffPresence[] = [
      { staffId: 'anouk', planned: true, checkIn: iso('07:00') },
      { staffId: 'sem', planned: true },
      { staffId: 'fatima', planned: false, checkIn: iso('07:30'), checkOut: iso('09:00') },
    ]
    expect(staffOnGroupAt(staff, t('08:00'))).toEqual(['anouk', 'fatima'])
    expect(staffOnGroupAt(staff, t('09:00'))).toEqual(['anouk'])
    expect(plannedStaff(staff)).toEqual(['anouk', 'sem', 'fatima'])
  })

  it('children present now, each once', () => {
    const entries = [
      { childId: 'k1', checkIn: iso('07:00') },
      { childId: 'k2', checkIn: iso('07:10'), checkOut: iso('08:00') },
      { childId: 'k3' },
    ]
    expect(childrenPresentAt(entries, t('07:30'))).toEqual(['k1', 'k2'])
    expect(childrenPresentAt(entries, t('08:30'))).toEqual(['k1'])
  })
})

describe('groupRatio', () => {
  const date = '2026-11-23'
  const babies = (n: number) => Array.from({ length: n }, () => '2026-03-01')

  it('gives requiredStaff\'s number and says when the staff are too few', () => {
    expect(groupRatio({ careType: 'KDV', date, birthDates: babies(3), staff: 1 })).toEqual({ ok: true, required: 1, staff: 1, children: 3, short: false })
    expect(groupRatio({ careType: 'KDV', date, birthDates: babies(4), staff: 1 })).toEqual({ ok: true, required: 2, staff: 1, children: 4, short: true })
    expect(groupRatio({ careType: 'KDV', date, birthDates: [], staff: 0 })).toMatchObject({ ok: true, required: 0, short: false })
  })

  it('passes a refusal (group too big) on with its Dutch message', () => {
    const r = groupRatio({ careType: 'KDV', date, birthDates: babies(13), staff: 5 })
    expect(r).toMatchObject({ ok: false, code: 'groep-te-groot', children: 13, staff: 5 })
    expect(r.ok ? '' : r.message).toMatch(/Te veel kinderen/)
  })

  it('is short exactly when the staff are fewer than requiredStaff says (property)', () => {
    const birth = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.parse('2026-11-01T00:00:00Z') - d * 86_400_000).toISOString().slice(0, 10))
    fc.assert(fc.property(fc.array(birth, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (birthDates, staff) => {
      const r = groupRatio({ careType: 'KDV', date, birthDates, staff })
      const need = requiredStaff({ careType: 'KDV', date, birthDates })
      expect(r.ok).toBe(need.ok)
      if (r.ok && need.ok) expect(r.short).toBe(staff < need.staff)
    }))
  })

  it('has no ratio for VSO (BKR.md gives none), and one for KDV, PG and BSO', () => {
    expect(ratioCareType('VSO')).toBeNull()
    expect(['KDV', 'PG', 'BSO'].map((c) => ratioCareType(c as 'KDV'))).toEqual(['KDV', 'PG', 'BSO'])
  })
})
