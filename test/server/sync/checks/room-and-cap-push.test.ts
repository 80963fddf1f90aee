// R11 room at approval and the R16 cap, through pushWithin on both databases: the stored picture's
// SQL (stored-picture.ts) reads placements, approved requests, absences and corrections of one
// group-day, and a child's ledger, inside the writing transaction; a refused row stores nothing.
import { beforeEach, expect, it } from 'vitest'
import { absenceId, type LedgerEntry } from '../../../../shared/domain'
import type { PushRow, SyncDoc } from '../../../../shared/sync'
import type { Caller } from '../../../../server/sync/checks/check'
import { pushWithin } from '../../../../server/sync/push'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { describeOnDatabases } from '../../../support/pg-databases'
import {
  absence, child, credit, decided, journalEntry, ledgerEntry, location, now, placement, request, staffIds,
} from './documents'
import { seed, seedStaff } from './seed'

const validate = createPushValidator({ clock: () => now })
const caller: Caller = { deviceId: 'pc-1', locations: ['loc-1'] }
const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`

describeOnDatabases('room at approval and the credit cap, on the stored picture', (current) => {
  const run = (collection: string, rows: PushRow[]) =>
    current().db.tx((q) => pushWithin(q, collection, rows, { author: null, device: caller.deviceId, clientTime: null }, validate, caller))
  const storedData = async (collection: string, id: string) =>
    (await current().db.query<{ data: SyncDoc }>('SELECT data FROM documents WHERE collection = $1 AND id = $2', [collection, id]))[0]?.data
  const count = async (collection: string) =>
    (await current().db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE collection = $1', [collection]))[0]?.n

  beforeEach(async () => {
    const { db } = current()
    await seedStaff(db)
    // grp-1 has 3 places per day part; two children are placed on weekdays.
    await seed(db, 'locations', [location(3), { ...location(3), id: 'loc-2', groups: [{ ...location(3).groups[0]!, id: 'grp-elders' }] }])
    await seed(db, 'children', [
      child('kind-1'), child('kind-2'),
      // Placed in another group, and at another location in a group with the same placement shape.
      child('kind-bso', [placement({ id: 'pl-bso', groupId: 'grp-2', careType: 'BSO', contract: '52-weken', dayParts: ['naschools'] })]),
      { ...child('kind-elders', [placement({ id: 'pl-e', groupId: 'grp-elders', locationId: 'loc-2' })]), locationIds: ['loc-2'] },
    ])
  })

  const requestFor = (childId: string) => request({ id: `aanvraag-${childId}`, childId, submittedVia: 'medewerker', by: staffIds.groep })
  const approved = (childId: string) => decided(requestFor(childId), 'goedgekeurd', staffIds.senior, t('08:00'))

  it('approves into the last place, refuses the next approval and stores nothing of it', async () => {
    expect((await run('requests', [{ newDocumentState: approved('kind-3') }])).refused).toEqual([])
    const submitted = requestFor('kind-4')
    await run('requests', [{ newDocumentState: submitted }])
    const out = await run('requests', [{ newDocumentState: approved('kind-4'), assumedMasterState: submitted }])
    expect(out.refused.map((r) => r.refusal.code)).toEqual(['geen-plaats'])
    expect(out.written).toEqual([])
    expect(out.conflicts).toEqual([submitted])
    expect(await storedData('requests', submitted.id)).toEqual(submitted)
    // Approving without room, with a reason, is still possible (R11).
    const confirmed = decided(submitted, 'goedgekeurd', staffIds.senior, t('08:05'), { withoutRoom: true, reason: 'Extra medewerker ingeroosterd.' })
    expect((await run('requests', [{ newDocumentState: confirmed, assumedMasterState: submitted }])).refused).toEqual([])
  })

  it('counts earlier approvals of the same push: two PCs\' worth of approvals for one last place cannot both pass', async () => {
    const out = await run('requests', [{ newDocumentState: approved('kind-3') }, { newDocumentState: approved('kind-4') }])
    expect(out.refused.map((r) => [r.id, r.refusal.code])).toEqual([['aanvraag-kind-4', 'geen-plaats']])
    expect(out.written.map((w) => w.doc.id)).toEqual(['aanvraag-kind-3'])
    expect(await count('requests')).toBe(1)
  })

  it('frees a place for an absence, not for a corrected one, and ignores other days, groups and locations', async () => {
    const ill = absence({ id: absenceId('2026-12-02', 'kind-1', 'hele dag'), childId: 'kind-1', date: '2026-12-02' })
    await seed(current().db, 'absences', [ill])
    await seed(current().db, 'requests', [
      { ...approved('kind-5'), date: '2026-12-03' },
      { ...approved('kind-6'), id: 'aanvraag-bso', groupId: 'grp-2', dayPart: 'naschools' },
      { ...approved('kind-7'), id: 'aanvraag-elders', groupId: 'grp-elders', locationId: 'loc-2' },
    ])
    // Placed: kind-1 (absent) and kind-2; two places left.
    expect((await run('requests', [{ newDocumentState: approved('kind-3') }, { newDocumentState: approved('kind-4') }])).refused).toEqual([])
    await current().db.query("DELETE FROM documents WHERE collection = 'requests' AND id = 'aanvraag-kind-4'")
    await seed(current().db, 'journal', [journalEntry({ id: `correctie:${ill.id}`, kind: 'correctie', targetId: ill.id, reason: 'Verkeerd kind.', by: staffIds.senior })])
    const out = await run('requests', [{ newDocumentState: approved('kind-4') }])
    expect(out.refused.map((r) => r.refusal.code)).toEqual(['geen-plaats'])
    expect(await storedData('requests', 'aanvraag-kind-4')).toBeUndefined()
  })

  it('refuses a manual credit past the cap of the child\'s contract and stores nothing of it; accepts one within', async () => {
    await seed(current().db, 'ledger', [credit('opgebouwd:a', 30)])
    const manual = (id: string, amount: number, extra: Partial<LedgerEntry> = {}) =>
      ledgerEntry({ id, kind: 'handmatig', amount, reason: 'Coulance.', by: staffIds.senior, ...extra })
    const out = await run('ledger', [{ newDocumentState: manual('handmatig:1', 3) }, { newDocumentState: manual('handmatig:2', 0.5) }])
    // The first fills the KDV cap of 33; the second, counted with it, would pass it.
    expect(out.refused.map((r) => [r.id, r.refusal.code])).toEqual([['handmatig:2', 'maximum-bereikt']])
    expect(out.written.map((w) => w.doc.id)).toEqual(['handmatig:1'])
    expect(await storedData('ledger', 'handmatig:2')).toBeUndefined()
    // kind-bso has a 52-weken BSO contract: 22 h, not 12.
    const bso = (id: string, amount: number) => manual(id, amount, { childId: 'kind-bso', careType: 'BSO' })
    expect((await run('ledger', [{ newDocumentState: bso('handmatig:bso', 22) }])).refused).toEqual([])
    expect((await run('ledger', [{ newDocumentState: bso('handmatig:bso-2', 1) }])).refused.map((r) => r.refusal.code)).toEqual(['maximum-bereikt'])
    expect(await count('ledger')).toBe(3)
  })

  it('refuses a document outside the PC\'s locations before anything else, and marks the stored state as not to be shown', async () => {
    const theirs = { ...approved('kind-elders'), id: 'aanvraag-elders', groupId: 'grp-elders', locationId: 'loc-2' }
    await seed(current().db, 'requests', [theirs])
    const mine = { ...theirs, locationId: 'loc-1', groupId: 'grp-1', remarks: 'Overgenomen.' }
    const out = await run('requests', [{ newDocumentState: mine, assumedMasterState: theirs }])
    expect(out.refused.map((r) => [r.refusal.code, r.refusal.conceal])).toEqual([['buiten-locatie', true]])
    expect(await storedData('requests', theirs.id)).toEqual(theirs)
  })
})
