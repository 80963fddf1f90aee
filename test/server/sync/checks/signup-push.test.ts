// F6 through pushWithin on both databases: the stored picture's reads of a line, its sheet and the
// facts about it (stored-picture.ts, by primary key, this push's earlier rows included), lines that
// arrive on a closed sheet, a sheet that stays closed, and a refused fact that stores nothing.
import { beforeEach, expect, it } from 'vitest'
import type { PushRow, SyncDoc } from '../../../../shared/sync'
import type { Caller } from '../../../../server/sync/checks/check'
import { pushWithin } from '../../../../server/sync/push'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { describeOnDatabases } from '../../../support/pg-databases'
import { staffIds } from './documents'
import { seed, seedOrganisation } from './seed'
import { closedSheet, openSheet, processed, rejected, signupLine, t, withdrawn } from './signup-documents'

const validate = createPushValidator({ clock: () => new Date('2026-11-23T09:00:00.000Z') })
const locationPc: Caller = { deviceId: 'pc-goverwelle-1', locations: ['loc-1'] }
const centralPc: Caller = { deviceId: 'pc-klantenservice', locations: 'all' }

describeOnDatabases('sign-up sheets and line facts, on the stored picture', (current) => {
  const run = (collection: string, docs: SyncDoc[], caller: Caller, assumed?: SyncDoc) =>
    current().db.tx((q) => pushWithin(
      q, collection, docs.map((d): PushRow => ({ newDocumentState: d, ...(assumed !== undefined ? { assumedMasterState: assumed } : {}) })),
      { author: null, device: caller.deviceId, clientTime: null }, validate, caller,
    ))
  const codes = async (collection: string, docs: SyncDoc[], caller: Caller, assumed?: SyncDoc) =>
    (await run(collection, docs, caller, assumed)).refused.map((r) => [r.id, r.refusal.code])
  const ids = async (collection: string) =>
    (await current().db.query<{ id: string }>('SELECT id FROM documents WHERE collection = $1 AND NOT deleted ORDER BY id', [collection])).map((r) => r.id)

  beforeEach(async () => {
    await seedOrganisation(current().db)
    await seed(current().db, 'signuplines', [signupLine('regel-1'), signupLine('regel-2', { childId: 'kind-2' })])
  })

  it('decides a line only once its sheet is closed', async () => {
    expect(await codes('journal', [processed('regel-1')], centralPc)).toEqual([['verwerking:regel-1', 'lijst-niet-gesloten']])
    await seed(current().db, 'signupsheets', [openSheet()])
    expect(await codes('journal', [processed('regel-1')], centralPc)).toEqual([['verwerking:regel-1', 'lijst-niet-gesloten']])
    expect(await codes('signupsheets', [closedSheet()], locationPc, openSheet())).toEqual([])
    expect(await codes('journal', [processed('regel-1'), rejected('regel-2')], centralPc)).toEqual([])
    expect(await ids('journal')).toEqual(['verwerking:regel-1', 'verwerking:regel-2'])
  })

  it('refuses deciding a line the server does not have, and stores nothing of it', async () => {
    await seed(current().db, 'signupsheets', [closedSheet()])
    const out = await run('journal', [processed('regel-9')], centralPc)
    expect(out.refused.map((r) => r.refusal.code)).toEqual(['onbekende-inschrijving'])
    expect(out.conflicts).toEqual([{ id: 'verwerking:regel-9', _deleted: true }])
    expect(await ids('journal')).toEqual([])
  })

  it('a withdrawn line is not processed, a processed line not withdrawn; the loser is told whose fact won', async () => {
    await seed(current().db, 'signupsheets', [closedSheet()])
    expect(await codes('journal', [withdrawn('regel-1')], locationPc)).toEqual([])
    const late = await run('journal', [processed('regel-1')], centralPc)
    expect(late.refused.map((r) => [r.refusal.code, r.refusal.kind, r.refusal.winner])).toEqual([['ingetrokken', 'conflict', { by: staffIds.groep, at: t('08:40') }]])
    expect(late.notices.map((n) => n.doc)).toMatchObject([{ kind: 'conflict', code: 'ingetrokken', winner: { by: staffIds.groep }, deviceId: centralPc.deviceId }])

    expect(await codes('journal', [rejected('regel-2')], centralPc)).toEqual([])
    expect(await codes('journal', [withdrawn('regel-2')], locationPc)).toEqual([['intrekking:regel-2', 'al-verwerkt']])
    expect(await ids('journal')).toEqual(['intrekking:regel-1', 'verwerking:regel-2'])
  })

  it('counts this push\'s earlier rows: a withdrawal and a decision of one line in one batch cannot both be stored', async () => {
    await seed(current().db, 'signupsheets', [closedSheet()])
    // A central PC where a group staff member and customer service both worked offline.
    const batch = [withdrawn('regel-1'), processed('regel-1')]
    expect(await codes('journal', batch, centralPc)).toEqual([['verwerking:regel-1', 'ingetrokken']])
  })

  it('accepts a withdrawal whose line has not arrived yet, and a line on a sheet that is already closed', async () => {
    await seed(current().db, 'signupsheets', [closedSheet()])
    expect(await codes('journal', [withdrawn('regel-3')], locationPc)).toEqual([])
    // Signed offline while a colleague closed the sheet on another PC: never lost.
    expect(await codes('signuplines', [signupLine('regel-3', { signedAt: t('08:50'), at: t('08:50') })], locationPc)).toEqual([])
    expect(await ids('signuplines')).toEqual(['regel-1', 'regel-2', 'regel-3'])
  })

  it('refuses a line on another day\'s sheet and a withdrawal naming another location than its line\'s', async () => {
    expect(await codes('signuplines', [signupLine('regel-4', { sheetId: 'loc-1:2026-12-09' })], locationPc)).toEqual([['regel-4', 'ongeldig-nummer']])
    const other = signupLine('regel-5', { locationId: 'loc-2', sheetId: 'loc-2:2026-12-02' })
    await seed(current().db, 'signuplines', [other])
    expect(await codes('journal', [withdrawn('regel-5')], locationPc)).toEqual([['intrekking:regel-5', 'inschrijving-andere-locatie']])
    expect(await ids('signuplines')).toEqual(['regel-1', 'regel-2', 'regel-5'])
  })

  it('keeps a closed sheet closed: reopening is refused and the closed state comes back; a retry passes', async () => {
    const closed = closedSheet()
    await seed(current().db, 'signupsheets', [closed])
    const reopen = await run('signupsheets', [openSheet({ updatedAt: t('08:50') })], locationPc, closed)
    expect(reopen.refused.map((r) => [r.refusal.code, r.refusal.winner])).toEqual([['lijst-gesloten', { by: staffIds.groep, at: t('08:30') }]])
    expect(reopen.conflicts).toEqual([closed])
    expect(await codes('signupsheets', [{ ...closed }], locationPc, closed)).toEqual([])
    const stored = await current().db.query<{ data: SyncDoc }>("SELECT data FROM documents WHERE collection = 'signupsheets'")
    expect(stored.map((r) => r.data)).toEqual([closed])
  })
})
