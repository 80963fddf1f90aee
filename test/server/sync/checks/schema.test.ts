// The first check: the wire shape, then the collection's JSON schema (shared/domain), before any rule.
import { describe, expect, it } from 'vitest'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { credit, now } from './documents'
import { fakePicture } from './fake-picture'

const validator = createPushValidator({ clock: () => now })
const noPicture = fakePicture()
const check = (collection: string, doc: unknown) => validator.check({ collection, doc, stored: undefined, assumed: undefined, picture: noPicture, caller: null })

describe('schema and shape', () => {
  it('accepts a valid document, without RxDB bookkeeping', async () => {
    expect(await check('ledger', { ...credit('opgebouwd:a', 2), _rev: '1-x' })).toEqual({ ok: true, doc: credit('opgebouwd:a', 2) })
  })

  it('refuses a ledger amount that is not above 0, with the schema error for the log', async () => {
    for (const amount of [0, -1]) {
      const verdict = await check('ledger', credit('opgebouwd:a', amount))
      expect(verdict).toMatchObject({ ok: false, refusal: { kind: 'geweigerd', code: 'ongeldig-document', detail: expect.stringContaining('/amount') } })
    }
  })

  it('refuses a document of no known collection, and one without an id or _deleted', async () => {
    expect(await check('kinderen', credit('opgebouwd:a', 2))).toMatchObject({ ok: false, refusal: { code: 'ongeldig-document' } })
    expect(await check('ledger', { ...credit('opgebouwd:a', 2), id: '' })).toMatchObject({ ok: false, refusal: { detail: 'id must be a non-empty string' } })
    expect(await check('ledger', [credit('opgebouwd:a', 2)])).toMatchObject({ ok: false, refusal: { detail: 'not an object' } })
  })
})
