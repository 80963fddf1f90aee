import { describe, expect, it } from 'vitest'
import { requestWindow } from '../../../shared/rules'
import { addDays } from '../../../shared/calendar'

const today = '2026-11-27'
const ahead = (n: number) => addDays(today, n)
const code = (v: ReturnType<typeof requestWindow>) => (v.ok ? 'ok' : v.code)

describe('R1 request window', () => {
  it.each([
    [-1, 'datum-verleden', 'datum-verleden'],
    [0, 'te-kort-van-tevoren', 'ok'],
    [1, 'te-kort-van-tevoren', 'ok'],
    [3, 'te-kort-van-tevoren', 'ok'],
    [4, 'ok', 'ok'],
    [5, 'ok', 'ok'],
    [28, 'ok', 'ok'],
    [29, 'te-ver-vooruit', 'te-ver-vooruit'],
    [120, 'te-ver-vooruit', 'te-ver-vooruit'],
  ])('%i days ahead: ouder → %s, medewerker → %s', (n, parent, staff) => {
    expect(code(requestWindow({ date: ahead(n), today, by: 'ouder' }))).toBe(parent)
    expect(code(requestWindow({ date: ahead(n), today, by: 'medewerker' }))).toBe(staff)
  })

  it('counts calendar days across the spring-forward weekend (2026-03-29)', () => {
    expect(requestWindow({ date: '2026-03-30', today: '2026-03-26', by: 'ouder' })).toEqual({ ok: true })
    expect(code(requestWindow({ date: '2026-03-29', today: '2026-03-26', by: 'ouder' }))).toBe('te-kort-van-tevoren')
    expect(requestWindow({ date: '2026-04-23', today: '2026-03-26', by: 'ouder' })).toEqual({ ok: true })
    expect(code(requestWindow({ date: '2026-04-24', today: '2026-03-26', by: 'ouder' }))).toBe('te-ver-vooruit')
  })

  it('counts calendar days across the fall-back weekend (2026-10-25)', () => {
    expect(requestWindow({ date: '2026-10-28', today: '2026-10-24', by: 'ouder' })).toEqual({ ok: true })
    expect(code(requestWindow({ date: '2026-10-27', today: '2026-10-24', by: 'ouder' }))).toBe('te-kort-van-tevoren')
    expect(requestWindow({ date: '2026-11-21', today: '2026-10-24', by: 'ouder' })).toEqual({ ok: true })
    expect(code(requestWindow({ date: '2026-11-22', today: '2026-10-24', by: 'ouder' }))).toBe('te-ver-vooruit')
  })

  it('refuses a malformed date with a Dutch message', () => {
    const v = requestWindow({ date: '2026-11-31', today, by: 'medewerker' })
    expect(v).toMatchObject({ ok: false, code: 'ongeldige-datum' })
    if (!v.ok) expect(v.message).toMatch(/datum/)
  })
})

describe('R2 taxi', () => {
  it('a taxi child: only staff can request, inside the window', () => {
    expect(code(requestWindow({ date: ahead(10), today, by: 'ouder', taxi: true }))).toBe('taxi-alleen-medewerker')
    expect(requestWindow({ date: ahead(10), today, by: 'medewerker', taxi: true })).toEqual({ ok: true })
    expect(requestWindow({ date: ahead(0), today, by: 'medewerker', taxi: true })).toEqual({ ok: true })
    expect(code(requestWindow({ date: ahead(29), today, by: 'medewerker', taxi: true }))).toBe('te-ver-vooruit')
    expect(code(requestWindow({ date: ahead(-1), today, by: 'ouder', taxi: true }))).toBe('datum-verleden')
  })
})

describe('R3 study days', () => {
  it('a parent cannot request a study or closing day; staff can', () => {
    expect(code(requestWindow({ date: ahead(10), today, by: 'ouder', studyDay: true }))).toBe('studiedag-alleen-medewerker')
    expect(code(requestWindow({ date: ahead(2), today, by: 'ouder', studyDay: true }))).toBe('studiedag-alleen-medewerker')
    expect(requestWindow({ date: ahead(2), today, by: 'medewerker', studyDay: true })).toEqual({ ok: true })
    expect(code(requestWindow({ date: ahead(29), today, by: 'medewerker', studyDay: true }))).toBe('te-ver-vooruit')
  })
})
