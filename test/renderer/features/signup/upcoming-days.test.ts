import { describe, expect, it } from 'vitest'
import { upcomingDays } from '../../../../renderer/src/features/signup/upcoming-days'
import { location, studyDay, today } from './fixtures'

const line = (id: string, day: string, locationId = 'loc-1') => ({ id, locationId, date: day })

describe('upcomingDays', () => {
  it('lists each coming date of the location\'s schools once, with kinds, schools, standing lines and the sheet status', () => {
    const rows = upcomingDays({
      location, today,
      studyDays: [
        studyDay('sch-b', '2026-12-02', 'schoolsluitingsdag', 'Het Kompas'),
        studyDay('sch-a', '2026-12-02', 'studiedag', 'De Regenboog'),
        studyDay('sch-a', '2026-11-20', 'studiedag', 'De Regenboog'),
        studyDay('sch-a', '2026-11-19', 'studiedag', 'De Regenboog'),
        studyDay('sch-other', '2026-12-09', 'studiedag', 'Elders'),
      ],
      sheets: [{ locationId: 'loc-1', date: '2026-12-02', status: 'open' }, { locationId: 'loc-2', date: '2026-11-20', status: 'gesloten' }],
      lines: [line('l-1', '2026-12-02'), line('l-2', '2026-12-02'), line('l-3', '2026-12-02'), line('l-4', '2026-11-20', 'loc-2')],
      withdrawn: new Set(['l-2']),
    })
    expect(rows).toEqual([
      { date: '2026-11-20', sheetId: 'loc-1:2026-11-20', kinds: ['studiedag'], schools: ['De Regenboog'], lineCount: 0, sheetStatus: null },
      { date: '2026-12-02', sheetId: 'loc-1:2026-12-02', kinds: ['schoolsluitingsdag', 'studiedag'], schools: ['De Regenboog', 'Het Kompas'], lineCount: 2, sheetStatus: 'open' },
    ])
  })

  it('keeps a coming sheet whose study day was taken back, so its lines stay reachable', () => {
    const rows = upcomingDays({
      location, today, studyDays: [], withdrawn: new Set(),
      sheets: [{ locationId: 'loc-1', date: '2026-12-09', status: 'gesloten' }, { locationId: 'loc-1', date: '2026-11-01', status: 'gesloten' }],
      lines: [line('l-1', '2026-12-09')],
    })
    expect(rows).toEqual([{ date: '2026-12-09', sheetId: 'loc-1:2026-12-09', kinds: [], schools: [], lineCount: 1, sheetStatus: 'gesloten' }])
  })
})
