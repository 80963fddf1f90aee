// The small pure parts of Studiedagen: dates and kinds as schools write them, the check shared by the
// form and the import, the table's rows and the covered schools, and the long Dutch date.
import { describe, expect, it } from 'vitest'
import type { Location, StudyDay } from '../../../../shared/domain'
import { parseListDate, parseListKind } from '../../../../renderer/src/features/studydays/list-date'
import { longDate, weekdayDate } from '../../../../renderer/src/i18n/format-date'
import { studyDayProblem } from '../../../../renderer/src/features/studydays/study-day-checks'
import { coveredSchools, studyDayRows } from '../../../../renderer/src/features/studydays/study-day-rows'

describe('parseListDate', () => {
  it('reads ISO and Dutch day-month-year dates, with -, / or .', () => {
    expect(['2026-12-02', '2026-1-5', '2-12-2026', '02-12-2026', '2/12/2026', '02.12.2026', ' 29-02-2028 '].map(parseListDate))
      .toEqual(['2026-12-02', '2026-01-05', '2026-12-02', '2026-12-02', '2026-12-02', '2026-12-02', '2028-02-29'])
  })

  it('refuses what names no date, or mixes separators, rather than guessing', () => {
    expect(['', 'morgen', '29-02-2027', '31-04-2027', '2-12-26', '12/2/2026 ', '2-12/2026', '2026/12/02', '13-13-2026', '2026-12-02T10:00']
      .map(parseListDate)).toEqual([null, null, null, null, null, '2026-02-12', null, null, null, null])
  })
})

describe('parseListKind', () => {
  it('knows the words schools use, in any case, and an empty cell is a study day', () => {
    expect(['', 'Studiedag', 'STUDIE', 'schoolsluitingsdag', 'Sluiting', ' sluitingsdag ', 'schoolsluiting'].map(parseListKind))
      .toEqual(['studiedag', 'studiedag', 'studiedag', 'schoolsluitingsdag', 'schoolsluitingsdag', 'schoolsluitingsdag', 'schoolsluitingsdag'])
    expect(['vrij', 'studiedag team', 'vakantie'].map(parseListKind)).toEqual([null, null, null])
  })
})

describe('studyDayProblem', () => {
  const base = { schoolId: 's-1', today: '2026-12-01', enteredIds: new Set(['s-1:2026-12-03']) }
  it('refuses an invalid date, a past day, a weekend and a day entered for the school; allows today', () => {
    expect(studyDayProblem({ ...base, date: '' })).toBe('ongeldige-datum')
    expect(studyDayProblem({ ...base, date: '2026-02-30' })).toBe('ongeldige-datum')
    expect(studyDayProblem({ ...base, date: '2026-11-30' })).toBe('in-het-verleden')
    expect(studyDayProblem({ ...base, date: '2026-12-05' })).toBe('weekend')
    expect(studyDayProblem({ ...base, date: '2026-12-06' })).toBe('weekend')
    expect(studyDayProblem({ ...base, date: '2026-12-03' })).toBe('al-ingevoerd')
    expect(studyDayProblem({ ...base, date: '2026-12-03', schoolId: 's-2' })).toBeNull()
    expect(studyDayProblem({ ...base, date: '2026-12-01' })).toBeNull()
  })

  it('refuses a date more than two years ahead (a typo in the year), not one just inside', () => {
    expect(studyDayProblem({ ...base, date: '2028-12-01' })).toBeNull()
    expect(studyDayProblem({ ...base, date: '2028-12-04' })).toBe('te-ver-vooruit')
    expect(studyDayProblem({ ...base, date: '2062-12-03' })).toBe('te-ver-vooruit')
  })
})

const location = (id: string, name: string, schools: [string, string][]): Location => ({
  id, name, schools: schools.map(([sid, sname]) => ({ id: sid, name: sname })), groups: [], updatedAt: '2026-01-01T00:00:00.000Z',
})
const locations = [
  location('loc-a', 'Kindcentrum Goverwelle', [['s-obs', 'OBS Goverwelle'], ['s-kompas', 'Het Kompas']]),
  location('loc-b', 'Kindercentrum Bloemendaal', [['s-kompas', 'Het Kompas'], ['s-wiel', 'De Wielewaal']]),
  location('loc-c', 'Kindcentrum De Triangel', [['s-tri', 'CBS De Triangel']]),
]
const day = (schoolId: string, schoolName: string, date: string, by = 'marieke.jansen'): StudyDay => ({
  id: `${schoolId}:${date}`, schoolId, schoolName, date, kind: 'studiedag', by, device: 'pc-1', at: '2026-11-01T10:00:00.000Z',
})

describe('coveredSchools', () => {
  it('gives the schools of the covered locations once each, by name', () => {
    expect(coveredSchools(locations, (id) => id !== 'loc-c').map((s) => s.name)).toEqual(['De Wielewaal', 'Het Kompas', 'OBS Goverwelle'])
    expect(coveredSchools(locations, () => false)).toEqual([])
  })
})

describe('studyDayRows', () => {
  const schools = coveredSchools(locations, (id) => id !== 'loc-c')
  const days = [
    day('s-kompas', 'Het Kompas', '2026-12-09', 'linda.klantenservice'),
    day('s-obs', 'OBS Goverwelle', '2026-12-02'),
    day('s-tri', 'CBS De Triangel', '2026-12-02'),
    day('s-obs', 'OBS Goverwelle', '2026-11-20'),
  ]
  const staffNames = new Map([['marieke.jansen', 'Marieke Jansen']])
  const rows = (schoolId: string | null, includePast: boolean) =>
    studyDayRows({ days, schools, locations, staffNames, schoolId, today: '2026-12-01', includePast })
      .map((r) => [r.day.date, r.day.schoolName, r.reaches.join(' + '), r.enteredBy])

  it('lists the coming days of the covered schools by date, with the locations they reach and who entered them', () => {
    expect(rows(null, false)).toEqual([
      ['2026-12-02', 'OBS Goverwelle', 'Kindcentrum Goverwelle', 'Marieke Jansen'],
      ['2026-12-09', 'Het Kompas', 'Kindcentrum Goverwelle + Kindercentrum Bloemendaal', 'linda.klantenservice'],
    ])
  })

  it('narrows to one school, and shows past days only when asked', () => {
    expect(rows('s-obs', false).map((r) => r[0])).toEqual(['2026-12-02'])
    expect(rows('s-obs', true).map((r) => r[0])).toEqual(['2026-11-20', '2026-12-02'])
  })
})

describe('long dates', () => {
  it('writes the date as staff say it, in Dutch by default', () => {
    expect(longDate('2026-12-02')).toBe('2 december 2026')
    expect(weekdayDate('2026-12-02')).toBe('woensdag 2 december 2026')
    expect(weekdayDate('2027-03-28', 'en')).toBe('Sunday 28 March 2027')
  })
})
