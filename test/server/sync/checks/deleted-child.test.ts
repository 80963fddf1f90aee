// Which children a pushed document names, and the lookup of their hashes in the privacy log
// (server/sync/checks/deleted-child.ts), on the in-memory picture. The push path on the database is
// tested in test/server/privacy/deleted-child-push.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { absenceId, attendanceEntryRef, type CollectionName } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { childHash } from '../../../../server/privacy/privacy-log'
import { childNotDeleted, childrenNamed } from '../../../../server/sync/checks/deleted-child'
import { absence, attendanceDay, entry, journalEntry, now, today } from './documents'
import { fakePicture } from './fake-picture'

const named = (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc) => childrenNamed({ collection, doc, stored })
const judge = (collection: CollectionName, doc: SyncDoc, privacyLog: string[], stored?: SyncDoc) =>
  childNotDeleted({ collection, doc, stored, assumed: undefined, now, caller: null }, fakePicture({ privacyLog }))

describe('the children a pushed document names', () => {
  it('takes a journal fact\'s child from its target: the child, an attendance entry, an absence, the corrected entry', () => {
    expect(named('journal', journalEntry({ id: 'w-1', kind: 'wachtwoord', targetId: 'kind-1', data: { parentRank: 1 } }))).toEqual(['kind-1'])
    expect(named('journal', journalEntry({ id: 'c-1', kind: 'correctie', targetId: attendanceEntryRef(today, 'grp-1', 'kind-2') }))).toContain('kind-2')
    expect(named('journal', journalEntry({ id: 'c-2', kind: 'correctie', targetId: absenceId(today, 'kind-3', 'hele dag') }))).toContain('kind-3')
    expect(named('journal', journalEntry({ id: 'c-3', kind: 'correctie', targetId: 'x', data: { original: entry('kind-4') } }))).toEqual(['kind-4'])
    // An unlocked day names no child.
    expect(named('journal', journalEntry())).toEqual([])
  })

  it('judges only the attendance entries the push adds or changes', () => {
    const stored = attendanceDay([entry('kind-1'), entry('kind-2')])
    const pushed = attendanceDay([entry('kind-1'), entry('kind-2', { checkOut: '2026-11-23T08:30:00.000Z', rev: 2 }), entry('kind-3')])
    expect(named('attendance', pushed, stored)).toEqual(['kind-2', 'kind-3'])
    expect(named('attendance', stored, stored)).toEqual([])
  })
})

describe('childNotDeleted', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('refuses a fact about a child in the privacy log, and passes another child\'s', async () => {
    const log = [childHash('kind-1', null)]
    expect(await judge('absences', absence(), log)).toMatchObject({ kind: 'geweigerd', code: 'kind-verwijderd', message: expect.stringContaining('AVG') })
    expect(await judge('absences', absence({ childId: 'kind-2', id: absenceId(today, 'kind-2', 'hele dag') }), log)).toBeNull()
    expect(await judge('attendance', attendanceDay([entry('kind-2'), entry('kind-1')]), log, attendanceDay([entry('kind-2')]))).toMatchObject({ code: 'kind-verwijderd' })
    // The deleted child's entry left as stored is not this push's doing.
    expect(await judge('attendance', attendanceDay([entry('kind-1'), entry('kind-2')]), log, attendanceDay([entry('kind-1')]))).toBeNull()
  })

  it('hashes with PRIVACY_HASH_KEY when it is set, as the deletion does', async () => {
    vi.stubEnv('PRIVACY_HASH_KEY', 'geheim')
    expect(await judge('absences', absence(), [childHash('kind-1', null)])).toBeNull()
    expect(await judge('absences', absence(), [childHash('kind-1', 'geheim')])).toMatchObject({ code: 'kind-verwijderd' })
  })
})
