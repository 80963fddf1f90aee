// Who may act as the parent (`by: 'ouderportaal'`): only the parent channel's own caller, and only
// for what a parent does (submit, report absent, cancel a Q-block); a PC, even one whose device id
// reads 'ouderportaal', is still told `alleen-via-ouderportaal`.
import { describe, expect, it } from 'vitest'
import type { CollectionName } from '../../../shared/domain'
import type { SyncDoc } from '../../../shared/sync'
import { portalCaller } from '../../../server/sync/checks/acting-as'
import { authorMayAct } from '../../../server/sync/checks/author-rights'
import type { Caller } from '../../../server/sync/checks/check'
import { absence, decided, location, now, request, reservation } from '../sync/checks/documents'
import { fakePicture } from '../sync/checks/fake-picture'

const picture = fakePicture({ locations: [location()] })
const code = async (collection: CollectionName, doc: SyncDoc, caller: Caller | null, stored?: SyncDoc) =>
  (await authorMayAct({ collection, doc, stored, assumed: stored, now, caller }, picture))?.code ?? 'ok'
const parent = { by: 'ouderportaal', device: 'ouderportaal' }

describe('acting as the parent', () => {
  it('lets the portal\'s caller submit, reserve and report absent as the parent', async () => {
    expect(await code('requests', request(), portalCaller)).toBe('ok')
    expect(await code('ledger', reservation('aanvraag-1', 11, parent), portalCaller)).toBe('ok')
    expect(await code('absences', absence(parent), portalCaller)).toBe('ok')
  })

  it('refuses the parent\'s acts from a PC, from no caller, and from a look-alike caller', async () => {
    const pc: Caller = { deviceId: 'pc-goverwelle-1', locations: ['loc-1'] }
    const lookAlike: Caller = { deviceId: 'ouderportaal', locations: 'all' }
    for (const caller of [pc, lookAlike, null]) expect(await code('requests', request(), caller)).toBe('alleen-via-ouderportaal')
  })

  it('never lets the parent decide a request (R11)', async () => {
    const submitted = request()
    expect(await code('requests', decided(submitted, 'goedgekeurd', 'ouderportaal', '2026-11-23T08:00:00.000Z'), portalCaller, submitted)).toBe('geen-recht')
  })
})
