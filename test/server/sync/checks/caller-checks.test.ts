// R19 for the pushing PC: what its device token covers, what no PC writes, and notices of its own.
import { describe, expect, it } from 'vitest'
import type { CollectionName } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import type { Caller } from '../../../../server/sync/checks/check'
import { checkDocument } from '../../../../server/sync/validate-push'
import { absence, child, credit, journalEntry, ledgerEntry, location, now, request, staffMember, studyDay } from './documents'

const pc1: Caller = { deviceId: 'pc-1', locations: ['loc-1'] }
const central: Caller = { deviceId: 'pc-centraal', locations: 'all' }

const check = (collection: CollectionName, doc: SyncDoc, caller: Caller | null, stored?: SyncDoc) =>
  checkDocument(collection, doc, { stored, assumed: stored, now, caller })

describe('device scope (R19)', () => {
  it('lets a PC write documents of its own locations, and a central PC those of every location', () => {
    expect(check('absences', absence(), pc1)).toBeNull()
    expect(check('absences', absence({ locationId: 'loc-2' }), central)).toBeNull()
    expect(check('studydays', studyDay(), pc1)).toBeNull()
  })

  it('refuses a document of another location, whatever else is right about it', () => {
    const refused = check('absences', absence({ locationId: 'loc-2' }), pc1)
    expect(refused).toMatchObject({ kind: 'geweigerd', code: 'buiten-locatie', message: expect.stringMatching(/niet is aangemeld/) })
    expect(refused?.conceal).toBeUndefined()
    expect(check('requests', request({ locationId: 'loc-2' }), { deviceId: 'pc-2', locations: ['loc-3', 'loc-4'] })?.code).toBe('buiten-locatie')
  })

  it('refuses moving a document between locations when the PC does not cover where it was, and hides that state', () => {
    const there = journalEntry({ locationId: 'loc-2' })
    const movedHere = journalEntry()
    expect(check('journal', movedHere, pc1, there)).toMatchObject({ code: 'buiten-locatie', conceal: true })
    // Moving one of its own documents away is writing at the other location too.
    expect(check('journal', there, pc1, movedHere)).toMatchObject({ code: 'buiten-locatie' })
    expect(check('journal', there, pc1, movedHere)?.conceal).toBeUndefined()
  })

  it('is skipped without a caller (transport tests): the author checks still judge such a push', () => {
    expect(check('absences', absence({ locationId: 'loc-2' }), null)).toBeNull()
  })
})

describe('what a PC never writes', () => {
  it('refuses staff (through /staff), locations and children (through the import)', () => {
    expect(check('staff', staffMember('x', 'senior', ['loc-1']), central)).toMatchObject({ code: 'alleen-via-beheer', message: expect.stringMatching(/beheer/) })
    expect(check('locations', location(), central)?.code).toBe('alleen-via-import')
    expect(check('children', child('kind-1'), pc1)?.code).toBe('alleen-via-import')
  })

  it('refuses the ledger\'s contract credits (import) and expiry records (the server\'s own), not other movements', () => {
    expect(check('ledger', ledgerEntry({ id: 'contract:1', kind: 'contract', amount: 5, unit: 'vakantiedagen', careType: undefined }), pc1)?.code).toBe('alleen-via-import')
    expect(check('ledger', ledgerEntry({ id: 'vervallen:1', kind: 'vervallen', amount: 5 }), pc1)?.code).toBe('alleen-door-server')
    expect(check('ledger', credit('opgebouwd:1', 5), pc1)).toBeNull()
  })

  it('accepts from a PC only the expiry that takes back one earned credit (a corrected absence, R12)', () => {
    const undo = ledgerEntry({ id: 'vervallen:opgebouwd:a-1', kind: 'vervallen', amount: 5, sourceId: 'opgebouwd:a-1' })
    expect(check('ledger', undo, pc1)).toBeNull()
    expect(check('ledger', { ...undo, id: 'vervallen:other' }, pc1)?.code).toBe('alleen-door-server')
    expect(check('ledger', { ...undo, id: 'vervallen:handmatig:1', sourceId: 'handmatig:1' }, pc1)?.code).toBe('alleen-door-server')
  })

  it('leaves them to the transport tests without a caller', () => {
    expect(check('children', child('kind-1'), null)).toBeNull()
  })
})

describe('notices of its own', () => {
  const notice = (extra: Record<string, unknown> = {}): SyncDoc => ({
    id: 'n-1', _deleted: false, deviceId: 'pc-1', locationId: 'loc-1', kind: 'conflict', collectionName: 'attendance',
    docId: '2026-11-23:grp-1', code: 'entry-conflict', message: 'Een andere wijziging won.', at: '2026-11-23T08:00:00.000Z', ...extra,
  })

  it('lets a PC write and mark read its own notices', () => {
    expect(check('notices', notice(), pc1)).toBeNull()
    expect(check('notices', notice({ readAt: '2026-11-23T08:30:00.000Z' }), pc1, notice())).toBeNull()
  })

  it('refuses another PC\'s notice, one that names no PC, and hides another PC\'s stored notice', () => {
    expect(check('notices', notice({ deviceId: 'pc-2' }), pc1)).toMatchObject({ code: 'andere-pc' })
    const { deviceId: _none, ...unnamed } = notice()
    expect(check('notices', unnamed as SyncDoc, pc1)?.code).toBe('andere-pc')
    expect(check('notices', notice(), pc1, notice({ deviceId: 'pc-2' }))).toMatchObject({ code: 'andere-pc', conceal: true })
  })
})
