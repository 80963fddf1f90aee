import { describe, expect, it } from 'vitest'
import { expectedChildren, type ExpectedChildrenInput, type ExpectedPlacement } from '../../../shared/rules'

// 2026-12-02 is a Wednesday (3).
const placement = (id: string, more: Partial<ExpectedPlacement> = {}): ExpectedPlacement => ({
  id, groupId: 'g1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1, 3], dayParts: ['ochtend'], start: '2026-01-01', ...more,
})
const base = (more: Partial<ExpectedChildrenInput> = {}): ExpectedChildrenInput => ({
  groupId: 'g1', date: '2026-12-02', dayPart: 'ochtend', children: [], requests: [], absences: [], ...more,
})
const ids = (r: ReturnType<typeof expectedChildren>) => ({ expected: r.expected.map((c) => `${c.childId}:${c.reason}`), absent: r.absent.map((c) => `${c.childId}:${c.absenceId}`) })

describe('F2 expected children (placements + approved requests − absences)', () => {
  it('takes placements active that date, on that weekday, in that group and day part', () => {
    const children = [
      { id: 'a', placements: [placement('p-a')] },
      { id: 'b', placements: [placement('p-b', { weekdays: [1, 2] })] },
      { id: 'c', placements: [placement('p-c', { groupId: 'g2' })] },
      { id: 'd', placements: [placement('p-d', { start: '2026-12-03' })] },
      { id: 'e', placements: [placement('p-e', { end: '2026-12-01' })] },
      { id: 'f', placements: [placement('p-f', { end: '2026-12-02' })] },
      { id: 'g', placements: [placement('p-g', { start: '2026-12-02' })] },
      { id: 'h', placements: [placement('p-h', { dayParts: ['middag'] })] },
      { id: 'i', placements: [placement('p-i', { dayParts: ['hele dag'] })] },
    ]
    expect(ids(expectedChildren(base({ children })))).toEqual({ expected: ['a:plaatsing', 'f:plaatsing', 'g:plaatsing', 'i:plaatsing'], absent: [] })
    expect(ids(expectedChildren(base({ children, dayPart: 'middag' }))).expected).toEqual(['h:plaatsing', 'i:plaatsing'])
  })

  it('R12: a request approved after the absence brings the child back; one from before it does not', () => {
    const children = [{ id: 'a', placements: [placement('p-a')] }, { id: 'b', placements: [placement('p-b')] }, { id: 'c', placements: [placement('p-c')] }]
    const absence = (childId: string, at?: string) => ({ id: `abs-${childId}`, childId, date: '2026-12-02', dayPart: 'ochtend' as const, ...(at ? { at } : {}) })
    const request = (id: string, childId: string, at?: string) =>
      ({ id, childId, groupId: 'g1', date: '2026-12-02', dayPart: 'ochtend' as const, status: 'goedgekeurd' as const, ...(at ? { at } : {}) })
    const r = expectedChildren(base({
      children,
      absences: [absence('a', '2026-12-01T08:00:00Z'), absence('b', '2026-12-01T08:00:00Z'), absence('c')],
      requests: [request('r-a', 'a', '2026-12-01T09:00:00Z'), request('r-b', 'b', '2026-11-30T09:00:00Z'), request('r-c', 'c', '2026-12-01T09:00:00Z')],
    }))
    expect(ids(r)).toEqual({ expected: ['a:aanvraag'], absent: ['b:abs-b', 'c:abs-c'] })
    expect(r.expected[0]?.sourceId).toBe('r-a')
  })

  it('adds approved requests only', () => {
    const requests = [
      { id: 'r1', childId: 'x', groupId: 'g1', date: '2026-12-02', dayPart: 'ochtend' as const, status: 'goedgekeurd' as const },
      { id: 'r2', childId: 'y', groupId: 'g1', date: '2026-12-02', dayPart: 'ochtend' as const, status: 'ingediend' as const },
      { id: 'r3', childId: 'z', groupId: 'g1', date: '2026-12-03', dayPart: 'ochtend' as const, status: 'goedgekeurd' as const },
      { id: 'r4', childId: 'w', groupId: 'g1', date: '2026-12-02', dayPart: 'hele dag' as const, status: 'goedgekeurd' as const },
      { id: 'r5', childId: 'v', groupId: 'g1', date: '2026-12-02', dayPart: 'ochtend' as const, status: 'wachtlijst' as const },
    ]
    const r = expectedChildren(base({ requests }))
    expect(ids(r).expected).toEqual(['x:aanvraag', 'w:aanvraag'])
    expect(r.expected[0]?.sourceId).toBe('r1')
  })

  it('subtracts absences, except those corrected by a journal correctie (R12)', () => {
    const children = [{ id: 'a', placements: [placement('p-a')] }, { id: 'b', placements: [placement('p-b')] }, { id: 'c', placements: [placement('p-c')] }]
    const absences = [
      { id: 'abs-a', childId: 'a', date: '2026-12-02', dayPart: 'ochtend' as const },
      { id: 'abs-b', childId: 'b', date: '2026-12-02', dayPart: 'ochtend' as const },
      { id: 'abs-c', childId: 'c', date: '2026-12-09', dayPart: 'ochtend' as const },
    ]
    const r = expectedChildren(base({ children, absences, corrections: ['abs-b'] }))
    expect(ids(r)).toEqual({ expected: ['b:plaatsing', 'c:plaatsing'], absent: ['a:abs-a'] })
    expect(r.absent[0]?.reason).toBe('plaatsing')
  })

  it('a hele dag placement covers the KDV ochtend and middag; a hele dag absence covers both', () => {
    const children = [{ id: 'a', placements: [placement('p-a', { dayParts: ['hele dag'] })] }]
    const morningOff = [{ id: 'abs', childId: 'a', date: '2026-12-02', dayPart: 'ochtend' as const }]
    expect(ids(expectedChildren(base({ children, absences: morningOff }))).absent).toEqual(['a:abs'])
    expect(ids(expectedChildren(base({ children, absences: morningOff, dayPart: 'middag' }))).expected).toEqual(['a:plaatsing'])
    // On a whole-day list, a morning absence does not take a whole-day child off.
    expect(ids(expectedChildren(base({ children, absences: morningOff, dayPart: 'hele dag' }))).expected).toEqual(['a:plaatsing'])
    const dayOff = [{ id: 'abs', childId: 'a', date: '2026-12-02', dayPart: 'hele dag' as const }]
    expect(ids(expectedChildren(base({ children, absences: dayOff, dayPart: 'middag' }))).absent).toEqual(['a:abs'])
  })

  it('schoolweken BSO contracts give no care in school holidays; 52-weken ones do', () => {
    const bso = { careType: 'BSO' as const, dayParts: ['naschools' as const] }
    const children = [
      { id: 's', placements: [placement('p-s', { ...bso, contract: 'schoolweken' })] },
      { id: 'j', placements: [placement('p-j', { ...bso, contract: '52-weken' })] },
    ]
    expect(ids(expectedChildren(base({ children, dayPart: 'naschools' }))).expected).toEqual(['s:plaatsing', 'j:plaatsing'])
    expect(ids(expectedChildren(base({ children, dayPart: 'hele dag', schoolHoliday: true }))).expected).toEqual(['j:plaatsing'])
  })

  it('a child placed and also approved by request appears once, for its placement', () => {
    const children = [{ id: 'a', placements: [placement('p-a')] }]
    const requests = [{ id: 'r1', childId: 'a', groupId: 'g1', date: '2026-12-02', dayPart: 'ochtend' as const, status: 'goedgekeurd' as const }]
    expect(ids(expectedChildren(base({ children, requests }))).expected).toEqual(['a:plaatsing'])
  })
})
