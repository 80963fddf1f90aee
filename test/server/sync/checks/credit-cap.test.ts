// R16 (and R6) on the server: swap-hour credit never past the cap of the child's contract; R14:
// Qflexibel top-ups until 1 July.
import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { creditWithinCap } from '../../../../server/sync/checks/credit-cap'
import { contractOn } from '../../../../shared/rules'
import { checkDocument } from '../../../../server/sync/validate-push'
import { child, credit, ledgerEntry, now, placement, reservation, staffIds } from './documents'
import { fakePicture, type PictureData } from './fake-picture'

const manual = (amount: number, extra: Partial<LedgerEntry> = {}) =>
  ledgerEntry({ id: `handmatig:kind-1:${amount}`, kind: 'handmatig', amount, reason: 'Coulance.', ...extra })
const judge = (doc: SyncDoc & LedgerEntry, data: PictureData = {}, stored?: SyncDoc) =>
  creditWithinCap({ collection: 'ledger', doc, stored, assumed: stored, now, caller: null }, fakePicture(data))

const kdvChild = child('kind-1')
const bso = (contract: 'schoolweken' | '52-weken') =>
  child('kind-1', [placement({ id: 'pl-bso', groupId: 'grp-2', careType: 'BSO', contract, dayParts: ['naschools'] })])

describe('the contract a cap follows', () => {
  it('is the placement of that care type on that date, else the latest one, else the lower cap', () => {
    const moved = child('kind-1', [
      placement({ id: 'a', careType: 'BSO', contract: 'schoolweken', start: '2025-01-01', end: '2026-06-30' }),
      placement({ id: 'b', careType: 'BSO', contract: '52-weken', start: '2026-07-01' }),
    ])
    expect(contractOn(moved, 'BSO', '2026-03-01')).toBe('schoolweken')
    expect(contractOn(moved, 'BSO', '2026-11-23')).toBe('52-weken')
    expect(contractOn(moved, 'BSO', '2024-01-01')).toBe('52-weken')
    expect(contractOn(moved, 'KDV', '2026-11-23')).toBe('standaard')
    expect(contractOn(null, 'BSO', '2026-11-23')).toBe('standaard')
  })
})

describe('manual credit within the cap (R16)', () => {
  it('accepts credit up to the cap, counting valid and reserved hours, and refuses past it: maximum bereikt', async () => {
    const ledger = [credit('opgebouwd:a', 20), reservation('aanvraag-1', 5)]
    // KDV cap 33: 20 valid (5 of them reserved, which still count) + 13 = 33.
    expect(await judge(manual(13), { children: [kdvChild], ledger })).toBeNull()
    expect(await judge(manual(13.5), { children: [kdvChild], ledger })).toMatchObject({
      kind: 'geweigerd', code: 'maximum-bereikt', message: expect.stringMatching(/Maximum bereikt/),
    })
  })

  it('does not count expired credit, other care types or other children', async () => {
    const ledger = [
      credit('opgebouwd:oud', 30, '2026-07-01'), // valid until 29 October
      ledgerEntry({ id: 'opgebouwd:pg', kind: 'opgebouwd', amount: 12, careType: 'PG' }),
      ledgerEntry({ id: 'opgebouwd:ander', kind: 'opgebouwd', amount: 30, childId: 'kind-2' }),
    ]
    expect(await judge(manual(33), { children: [kdvChild], ledger })).toBeNull()
  })

  it('follows the child\'s BSO contract: 12 h on schoolweken, 22 h on 52-weken', async () => {
    const entry = manual(15, { careType: 'BSO' })
    expect((await judge(entry, { children: [bso('schoolweken')] }))?.code).toBe('maximum-bereikt')
    expect(await judge(entry, { children: [bso('52-weken')] })).toBeNull()
  })

  it('caps earned hours the same way (R6), but no other movement, unit, retry or deletion', async () => {
    const full = { children: [kdvChild], ledger: [credit('opgebouwd:a', 33)] }
    expect((await judge(credit('opgebouwd:b', 1), full))?.code).toBe('maximum-bereikt')
    expect(await judge(reservation('aanvraag-9', 1), full)).toBeNull()
    expect(await judge(ledgerEntry({ id: 'contract:v', kind: 'contract', amount: 40, unit: 'vakantiedagen', careType: undefined }), full)).toBeNull()
    expect(await judge(manual(1), full, manual(1))).toBeNull()
    expect(await judge({ ...manual(1), _deleted: true }, full)).toBeNull()
  })
})

describe('Qflexibel top-up until 1 July (R14)', () => {
  const topUp = (at: string) => ledgerEntry({
    id: `opgewaardeerd:${at}`, kind: 'opgewaardeerd', unit: 'flexuren', careType: undefined, amount: 40, date: at.slice(0, 10), at, by: staffIds.klantenservice,
  })
  const check = (doc: SyncDoc, clock = new Date('2026-07-02T09:00:00.000Z')) => checkDocument('ledger', doc, { stored: undefined, assumed: undefined, now: clock, caller: null })

  it('accepts a top-up done on 1 July, also when it reaches the server later, and refuses one done on 2 July', () => {
    // 21:59 UTC on 1 July is 23:59 in Amsterdam.
    expect(check(topUp('2026-07-01T21:59:00.000Z'))).toBeNull()
    expect(check(topUp('2026-07-01T22:01:00.000Z'))).toMatchObject({ code: 'ophogen-na-1-juli' })
  })
})
