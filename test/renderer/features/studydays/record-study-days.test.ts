// The commands of Studiedagen against a real RxDB database (memory storage, validation and encryption
// as the app opens it): the same day entered twice meets on one document, an import is one bulk write
// that keeps what was there, and a deleted day can be entered again.
import { describe, expect, it } from 'vitest'
import { memoryPcs } from '../../support/memory-pc'
import {
  addStudyDay, importStudyDays, removeStudyDay, studyDayFact, type StudyDayAuthor,
} from '../../../../renderer/src/features/studydays/record-study-days'

const pc = memoryPcs('studydays', ['studydays'])

const school = { id: 'school-goverwelle', name: 'OBS Goverwelle' }
const marieke: StudyDayAuthor = { by: 'marieke.jansen', device: 'pc-1', at: '2026-11-20T09:00:00.000Z' }
const linda: StudyDayAuthor = { by: 'linda.klantenservice', device: 'pc-ks', at: '2026-11-20T09:05:00.000Z' }

describe('studyDayFact', () => {
  it('is a schema-valid fact with the school\'s id and date as its id, recording who, where and when', async () => {
    const fact = studyDayFact(school, { date: '2026-12-02', kind: 'schoolsluitingsdag' }, marieke)
    expect(fact).toEqual({
      id: 'school-goverwelle:2026-12-02', schoolId: 'school-goverwelle', schoolName: 'OBS Goverwelle', date: '2026-12-02',
      kind: 'schoolsluitingsdag', by: 'marieke.jansen', device: 'pc-1', at: '2026-11-20T09:00:00.000Z',
    })
  })
})

describe('entering and importing study days', () => {
  it('a day entered twice (a double click, or another PC first) is stored once and the first stands', async () => {
    const db = await pc()
    expect(await addStudyDay(db.studydays, studyDayFact(school, { date: '2026-12-02', kind: 'studiedag' }, marieke))).toBe(true)
    expect(await addStudyDay(db.studydays, studyDayFact(school, { date: '2026-12-02', kind: 'schoolsluitingsdag' }, linda))).toBe(false)
    const stored = await db.studydays.find().exec()
    expect(stored.map((d) => [d.id, d.kind, d.by])).toEqual([['school-goverwelle:2026-12-02', 'studiedag', 'marieke.jansen']])
  })

  it('imports a list in one write; a day stored meanwhile is reported, not overwritten', async () => {
    const db = await pc()
    await addStudyDay(db.studydays, studyDayFact(school, { date: '2026-12-03', kind: 'studiedag' }, linda))
    const list = [
      studyDayFact(school, { date: '2026-12-02', kind: 'studiedag' }, marieke),
      studyDayFact(school, { date: '2026-12-03', kind: 'schoolsluitingsdag' }, marieke),
      studyDayFact(school, { date: '2027-01-15', kind: 'schoolsluitingsdag' }, marieke),
    ]
    expect(await importStudyDays(db.studydays, list)).toEqual({
      imported: ['school-goverwelle:2026-12-02', 'school-goverwelle:2027-01-15'], existing: ['school-goverwelle:2026-12-03'],
    })
    expect((await db.studydays.findOne('school-goverwelle:2026-12-03').exec())?.by).toBe('linda.klantenservice')
    expect(await db.studydays.count().exec()).toBe(3)
    expect(await importStudyDays(db.studydays, [])).toEqual({ imported: [], existing: [] })
  })

  it('a document the schema refuses fails the import instead of vanishing', async () => {
    const db = await pc()
    const bad = { ...studyDayFact(school, { date: '2026-12-02', kind: 'studiedag' }, marieke), date: '2-12-2026' }
    await expect(importStudyDays(db.studydays, [bad])).rejects.toThrow()
  })

  it('deletes a day (soft: it leaves the list), says so once, and the day can be entered again', async () => {
    const db = await pc()
    const day = studyDayFact(school, { date: '2026-12-02', kind: 'studiedag' }, marieke)
    await addStudyDay(db.studydays, day)
    expect(await removeStudyDay(db.studydays, day.id)).toBe(true)
    expect(await removeStudyDay(db.studydays, day.id)).toBe(false)
    expect(await db.studydays.count().exec()).toBe(0)
    expect(await addStudyDay(db.studydays, studyDayFact(school, { date: '2026-12-02', kind: 'schoolsluitingsdag' }, linda))).toBe(true)
    expect((await db.studydays.findOne(day.id).exec())?.kind).toBe('schoolsluitingsdag')
  })
})
