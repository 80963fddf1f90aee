// DESIGN §4: an action's time may not be more than 5 minutes ahead of the server clock.
import { describe, expect, it } from 'vitest'
import type { CollectionName } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { MAX_CLIENT_TIME_AHEAD_MS } from '../../../../server/sync/checks/client-time-bound'
import { checkDocument } from '../../../../server/sync/validate-push'
import { attendanceDay, decided, entry, journalEntry, now, request } from './documents'

const ahead = (ms: number) => new Date(now.getTime() + ms).toISOString()
const check = (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc, at = now) =>
  checkDocument(collection, doc, { stored, assumed: stored, now: at, caller: null })?.code ?? 'ok'

describe('client time within bounds', () => {
  it('is five minutes, kept as one named constant', () => {
    expect(MAX_CLIENT_TIME_AHEAD_MS).toBe(300_000)
  })

  it('accepts an action up to five minutes ahead of the server clock, refuses one later', () => {
    expect(check('journal', journalEntry({ at: ahead(MAX_CLIENT_TIME_AHEAD_MS) }))).toBe('ok')
    expect(check('journal', journalEntry({ at: ahead(MAX_CLIENT_TIME_AHEAD_MS + 1) }))).toBe('tijd-in-toekomst')
    const refused = checkDocument('journal', journalEntry({ at: ahead(3_600_000) }), { stored: undefined, assumed: undefined, now, caller: null })
    expect(refused?.message).toMatch(/toekomst/)
  })

  it('never refuses a time from the past, however old (an offline week)', () => {
    expect(check('journal', journalEntry({ at: '2026-11-16T08:00:00.000Z' }))).toBe('ok')
  })

  it('looks inside attendance entries and request decisions, but only at what the push changes', () => {
    const future = ahead(10 * 60_000)
    expect(check('attendance', attendanceDay([entry('kind-1', { checkIn: future, at: future })]))).toBe('tijd-in-toekomst')
    // Stored earlier while the clock said so; the server clock has since been set back an hour:
    const stored = attendanceDay([entry('kind-1', { checkIn: future, at: future })], { updatedAt: future })
    const setBack = new Date(now.getTime() - 3_600_000)
    const edited = attendanceDay([entry('kind-1', { checkIn: future, at: future }), entry('kind-2', { checkIn: setBack.toISOString(), at: setBack.toISOString() })], { updatedAt: future })
    expect(check('attendance', edited, stored, setBack)).toBe('ok')

    const submitted = request()
    expect(check('requests', decided(submitted, 'goedgekeurd', 'piet.bakker', future), submitted)).toBe('tijd-in-toekomst')
    expect(check('requests', decided(submitted, 'goedgekeurd', 'piet.bakker', now.toISOString()), submitted)).toBe('ok')
  })
})
