// Issue 9: staff entries on an attendance day are checked like children's (check-out not before
// check-in, times not ahead of the server clock), name a staff member of the day's location, count as
// 'aanwezigheid.registreren' by their own author, and the newest changed one is the change's author.
import { describe, expect, it } from 'vitest'
import type { AttendanceDay } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { authorMayAct } from '../../../../server/sync/checks/author-rights'
import { actsOf } from '../../../../server/sync/checks/change-acts'
import { staffOfTheLocation } from '../../../../server/sync/checks/staff-on-location'
import { checkDocument, createPushValidator } from '../../../../server/sync/validate-push'
import { writeAction } from '../../../../server/sync/write-action'
import { attendanceDay, entry, now, organisationStaff, staffIds, staffMember } from './documents'
import { fakePicture } from './fake-picture'

type StaffEntry = NonNullable<AttendanceDay['staff']>[number]
const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`

function staffEntry(staffId: string, extra: Partial<StaffEntry> = {}): StaffEntry {
  return { staffId, planned: false, checkIn: t('07:00'), by: staffIds.senior, device: 'pc-goverwelle-1', at: t('07:00'), rev: 1, ...extra }
}
const dayWith = (staff: StaffEntry[], entries = [entry('kind-1')]) => attendanceDay(entries, { staff })
const check = (doc: SyncDoc, stored?: SyncDoc) => checkDocument('attendance', doc, { stored, assumed: stored, now, caller: null })

describe('staff entries: times', () => {
  it('passes entries in order, planned only, or not checked out yet', () => {
    expect(check(dayWith([
      staffEntry(staffIds.groep, { checkOut: t('08:30'), at: t('08:30'), rev: 2 }),
      staffEntry(staffIds.senior),
      { staffId: staffIds.manager, planned: true, by: staffIds.senior, device: 'pc-goverwelle-1', at: t('06:00'), rev: 1 },
    ]))).toBeNull()
  })

  it('refuses a staff member checked out before checked in', () => {
    expect(check(dayWith([staffEntry(staffIds.groep, { checkIn: t('08:00'), checkOut: t('07:59'), rev: 2 })]))).toMatchObject({
      kind: 'geweigerd', code: 'uitchecken-voor-inchecken', detail: `staff ${staffIds.groep}`,
    })
  })

  it('refuses a new staff time ahead of the server clock, but not one stored before', () => {
    const ahead = staffEntry(staffIds.groep, { checkIn: t('09:10'), at: t('08:55') })
    expect(check(dayWith([ahead]))).toMatchObject({ code: 'tijd-in-toekomst' })
    expect(check(dayWith([staffEntry(staffIds.groep, { checkIn: t('09:04'), at: t('09:04') })]))).toBeNull()
    // Stored already (judged when it arrived): a later push that leaves it as it was passes.
    const stored = dayWith([ahead])
    expect(check(dayWith([ahead], [entry('kind-1'), entry('kind-2')]), stored)).toBeNull()
  })
})

describe('staff entries: a staff member of the day\'s location', () => {
  const picture = fakePicture({ staff: [...organisationStaff, staffMember('weg', 'groepsmedewerker', ['loc-1'], { active: false })] })
  const judge = (doc: SyncDoc & AttendanceDay, stored?: SyncDoc) => staffOfTheLocation({ collection: 'attendance', doc, stored, assumed: stored, now, caller: null }, picture)

  it('accepts staff whose locations include the day\'s', async () => {
    expect(await judge(dayWith([staffEntry(staffIds.groep), staffEntry(staffIds.manager)]))).toBeNull()
  })

  it('refuses an unknown staff id and someone of another location, with its own code and a Dutch message', async () => {
    for (const id of ['niemand', staffIds.elders]) {
      const refused = await judge(dayWith([staffEntry(id)]))
      expect(refused).toMatchObject({ kind: 'geweigerd', code: 'personeel-niet-op-locatie', detail: `staff ${id} at loc-1` })
      expect(refused?.message).toMatch(/werkt niet op deze locatie/)
    }
    // Organisation-wide roles hold no location of their own here: not a group's staff.
    expect((await judge(dayWith([staffEntry(staffIds.klantenservice)])))?.code).toBe('personeel-niet-op-locatie')
  })

  it('judges only the entries this push adds or changes', async () => {
    const stored = dayWith([staffEntry(staffIds.elders)])
    expect(await judge(dayWith([staffEntry(staffIds.elders), staffEntry(staffIds.groep)]), stored)).toBeNull()
    expect((await judge(dayWith([staffEntry(staffIds.elders, { checkOut: t('08:00'), rev: 2 })]), stored))?.code).toBe('personeel-niet-op-locatie')
  })

  it('is registered for attendance pushes (the push validator runs it)', async () => {
    const validator = createPushValidator({ clock: () => now })
    const verdict = await validator.check({ collection: 'attendance', doc: dayWith([staffEntry('niemand')]), assumed: undefined, stored: undefined, picture, caller: null })
    expect(verdict).toMatchObject({ ok: false, refusal: { code: 'personeel-niet-op-locatie' } })
  })
})

describe('staff entries: who did it', () => {
  it('each changed staff entry is an act aanwezigheid.registreren by its own author', () => {
    const stored = dayWith([staffEntry(staffIds.groep)])
    const doc = dayWith([staffEntry(staffIds.groep), staffEntry(staffIds.senior, { by: staffIds.groep })])
    expect(actsOf('attendance', doc, stored)).toEqual([{ by: staffIds.groep, action: 'aanwezigheid.registreren', ctx: {} }])
    expect(actsOf('attendance', doc, doc)).toEqual([])
  })

  it('a staff entry removed records nobody (a PC never removes entries), and is refused as such', async () => {
    const stored = dayWith([staffEntry(staffIds.groep)])
    expect(actsOf('attendance', dayWith([]), stored)).toContainEqual({ by: null, action: 'aanwezigheid.registreren', ctx: {} })
    expect((await authorMayAct({ collection: 'attendance', doc: dayWith([]), stored, assumed: stored, now, caller: null }, fakePicture()))?.code).toBe('zonder-auteur')
  })

  it('refuses a staff entry written by someone of another location', async () => {
    const doc = dayWith([staffEntry(staffIds.groep, { by: staffIds.elders })])
    const stored = dayWith([])
    expect((await authorMayAct({ collection: 'attendance', doc, stored, assumed: stored, now, caller: null }, fakePicture()))?.code).toBe('medewerker-buiten-locatie')
  })

  it('names the newest changed entry, child or staff, as the change\'s author', () => {
    const stored = dayWith([], [entry('kind-1')])
    const staffNewest = dayWith([staffEntry(staffIds.groep, { by: staffIds.manager, at: t('08:50') })], [entry('kind-1'), entry('kind-2', { at: t('08:10') })])
    expect(writeAction('attendance', staffNewest, stored)).toEqual({ author: staffIds.manager, clientTime: t('08:50') })
    const childNewest = dayWith([staffEntry(staffIds.groep, { by: staffIds.manager, at: t('08:00') })], [entry('kind-1'), entry('kind-2', { by: staffIds.groep, at: t('08:10') })])
    expect(writeAction('attendance', childNewest, stored)).toEqual({ author: staffIds.groep, clientTime: t('08:10') })
    // Only a staff entry changed: still that entry's author, not the day's updatedAt.
    const onlyStaff = dayWith([staffEntry(staffIds.groep, { by: staffIds.manager, at: t('07:15') })], [entry('kind-1')])
    expect(writeAction('attendance', onlyStaff, stored)).toEqual({ author: staffIds.manager, clientTime: t('07:15') })
  })
})
