// F8 on the server: the facts a PC writes about a parent's portal account. First judged one by one
// on an in-memory picture (accountFactFitsChild), then through a real push on both databases, with
// the device and author checks around it: a location PC, the group staff of another location, and
// customer service's central PC choosing a sign-in address.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Child, JournalEntry } from '../../../../shared/domain'
import type { PushRow, SyncDoc } from '../../../../shared/sync'
import { accountFactFitsChild } from '../../../../server/sync/checks/account-facts'
import type { Caller } from '../../../../server/sync/checks/check'
import { pushWithin } from '../../../../server/sync/push'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { describeOnDatabases } from '../../../support/pg-databases'
import { child, fact, journalEntry, now, staffIds } from './documents'
import { fakePicture } from './fake-picture'
import { seed, seedOrganisation } from './seed'

/** kind-1 at loc-1: ouder 1 with two addresses, ouder 2 with none. */
function family(): SyncDoc & Child {
  return {
    ...child('kind-1'),
    parents: [
      { rank: 1, name: 'Eva Kind', phones: [], emails: ['eva@example.nl', 'eva.werk@example.nl'], signInEmail: 'eva@example.nl' },
      { rank: 2, name: 'Tom Kind', phones: [], emails: [] },
    ],
  }
}

const password = (extra: Partial<JournalEntry> = {}) =>
  journalEntry({ id: 'wachtwoord:kind-1:1:a', kind: 'wachtwoord', targetId: 'kind-1', data: { parentRank: 1 }, ...extra })
const signIn = (email: string, extra: Partial<JournalEntry> = {}) =>
  journalEntry({ id: 'inlogadres:kind-1:1:a', kind: 'inlogadres', targetId: 'kind-1', data: { parentRank: 1, email }, by: staffIds.klantenservice, ...extra })

describe('facts about a parent\'s portal account, on the picture', () => {
  const picture = fakePicture({ children: [family()] })
  const code = async (doc: SyncDoc & JournalEntry, stored?: SyncDoc) =>
    (await accountFactFitsChild({ collection: 'journal', doc, stored, assumed: stored, now, caller: null }, picture))?.code ?? 'ok'

  it('accepts a new password for a parent with an address, and a sign-in address the parent has', async () => {
    expect(await code(password())).toBe('ok')
    expect(await code(signIn('eva.werk@example.nl'))).toBe('ok')
  })

  it('refuses an unknown child, a child not at the fact\'s location, and a parent the child does not have', async () => {
    expect(await code(password({ targetId: 'kind-9' }))).toBe('onbekend-kind')
    expect(await code(password({ locationId: 'loc-2' }))).toBe('kind-andere-locatie')
    expect(await code(password({ data: { parentRank: 3 } }))).toBe('onbekende-ouder')
    expect(await code(password({ data: {} }))).toBe('onbekende-ouder')
    expect(await code(password({ data: { parentRank: '1' } }))).toBe('onbekende-ouder')
    const single = fakePicture({ children: [{ ...family(), parents: [family().parents[0]!] }] })
    const refused = await accountFactFitsChild({ collection: 'journal', doc: password({ data: { parentRank: 2 } }), stored: undefined, assumed: undefined, now, caller: null }, single)
    expect(refused?.code).toBe('onbekende-ouder')
  })

  it('refuses a new password for a parent without an address, with a Dutch message that says what to do', async () => {
    const refused = await accountFactFitsChild(
      { collection: 'journal', doc: password({ data: { parentRank: 2 } }), stored: undefined, assumed: undefined, now, caller: null }, picture,
    )
    expect(refused).toMatchObject({ kind: 'geweigerd', code: 'ouder-zonder-email', message: expect.stringMatching(/geen e-mailadres.*planningssysteem/) })
  })

  it('refuses a sign-in address the parent does not have (case and all), or none, without the address in the log detail', async () => {
    expect(await code(signIn('EVA@example.nl'))).toBe('onbekend-emailadres')
    expect(await code(signIn('ander@example.nl'))).toBe('onbekend-emailadres')
    expect(await code(journalEntry({ id: 'inlogadres:kind-1:1:b', kind: 'inlogadres', targetId: 'kind-1', data: { parentRank: 1 } }))).toBe('onbekend-emailadres')
    const refused = await accountFactFitsChild({ collection: 'journal', doc: signIn('ander@example.nl'), stored: undefined, assumed: undefined, now, caller: null }, picture)
    expect(refused?.detail).not.toContain('ander@example.nl')
  })

  it('leaves other journal kinds alone, and passes a retry of a stored fact whatever the child became', async () => {
    expect(await code(journalEntry({ targetId: 'kind-9' }))).toBe('ok')
    const stored = password({ targetId: 'kind-9' })
    expect(await code({ ...stored }, stored)).toBe('ok')
  })
})

const validate = createPushValidator({ clock: () => now })
const locationPc: Caller = { deviceId: 'pc-goverwelle-1', locations: ['loc-1'] }
const otherPc: Caller = { deviceId: 'pc-elders', locations: ['loc-2'] }
const centralPc: Caller = { deviceId: 'pc-klantenservice', locations: 'all' }

describeOnDatabases('facts about a parent\'s portal account, pushed', (current) => {
  const codes = async (docs: SyncDoc[], caller: Caller) => {
    const out = await current().db.tx((q) => pushWithin(
      q, 'journal', docs.map((d): PushRow => ({ newDocumentState: d })), { author: null, device: caller.deviceId, clientTime: null }, validate, caller,
    ))
    return out.refused.map((r) => [r.id, r.refusal.code])
  }
  const stored = async () =>
    (await current().db.query<{ id: string }>(`SELECT id FROM documents WHERE collection = 'journal' AND NOT deleted ORDER BY id`)).map((r) => r.id)

  beforeEach(async () => {
    await seedOrganisation(current().db)
    await seed(current().db, 'children', [family()])
  })

  it('stores a request of the child\'s location PC and a sign-in choice of customer service; refuses the rest', async () => {
    expect(await codes([password()], locationPc)).toEqual([])
    expect(await codes([password({ id: 'wachtwoord:kind-1:2:a', data: { parentRank: 2 } })], locationPc)).toEqual([['wachtwoord:kind-1:2:a', 'ouder-zonder-email']])
    expect(await codes([signIn('eva.werk@example.nl', { device: centralPc.deviceId })], centralPc)).toEqual([])
    expect(await codes([signIn('nep@example.nl', { id: 'inlogadres:kind-1:1:b', device: centralPc.deviceId })], centralPc))
      .toEqual([['inlogadres:kind-1:1:b', 'onbekend-emailadres']])
    expect(await stored()).toEqual(['inlogadres:kind-1:1:a', 'wachtwoord:kind-1:1:a'])
  })

  it('holds both to R19 and the permission matrix: another location\'s PC, and group staff choosing a sign-in address', async () => {
    const elsewhere = password({ id: 'wachtwoord:kind-1:1:x', locationId: 'loc-2', by: staffIds.elders, device: otherPc.deviceId })
    expect(await codes([elsewhere], otherPc)).toEqual([['wachtwoord:kind-1:1:x', 'kind-andere-locatie']])
    expect(await codes([password({ id: 'wachtwoord:kind-1:1:y' })], otherPc)).toEqual([['wachtwoord:kind-1:1:y', 'buiten-locatie']])
    expect(await codes([signIn('eva.werk@example.nl', { id: 'inlogadres:kind-1:1:c', by: fact.by })], locationPc))
      .toEqual([['inlogadres:kind-1:1:c', 'geen-recht']])
    expect(await stored()).toEqual([])
  })
})
