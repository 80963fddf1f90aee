import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../shared/domain'
import { refusal } from '../../../server/sync/checks/refusal'
import { noticeId, refusalNotice } from '../../../server/sync/refusal-notice'
import { absence, now } from './checks/documents'

const base = { collection: 'absences' as const, doc: absence(), refusal: refusal('alleen-toevoegen'), device: 'pc-1', author: 'sanne.jansen', at: now }

describe('the notice for a refused change', () => {
  it('is a valid notices document carrying the change without RxDB bookkeeping', () => {
    const notice = refusalNotice({ ...base, doc: { ...absence(), _rev: '2-abc', _meta: { lwt: 1 } } })
    expect(validateDocument('notices', notice)).toEqual({ ok: true })
    expect(notice).toMatchObject({
      deviceId: 'pc-1', userId: 'sanne.jansen', locationId: 'loc-1', kind: 'geweigerd', collectionName: 'absences',
      docId: absence().id, code: 'alleen-toevoegen', at: now.toISOString(), localChange: absence(), _deleted: false,
    })
    expect(notice.localChange).not.toHaveProperty('_rev')
  })

  it('has an id that depends on what was refused and for which PC, not on key order, time or bookkeeping', () => {
    const reordered = Object.fromEntries(Object.entries(absence()).reverse())
    expect(noticeId({ ...base, doc: reordered })).toBe(noticeId(base))
    expect(refusalNotice({ ...base, at: new Date(0) }).id).toBe(refusalNotice(base).id)
    expect(noticeId({ ...base, doc: { ...absence(), _rev: '9-x' } })).toBe(noticeId(base))
    expect(noticeId({ ...base, device: 'pc-2' })).not.toBe(noticeId(base))
    expect(noticeId({ ...base, doc: absence({ reason: { code: 'overig' } }) })).not.toBe(noticeId(base))
    expect(noticeId({ ...base, refusal: refusal('tijd-in-toekomst') })).not.toBe(noticeId(base))
  })

  it('stays valid for what does not fit its fields: no device, a long device id, a document that is no object', () => {
    const odd = refusalNotice({ ...base, doc: 'onzin', device: 'x'.repeat(65), author: null })
    expect(validateDocument('notices', odd)).toEqual({ ok: true })
    expect(odd).not.toHaveProperty('deviceId')
    expect(odd).toMatchObject({ docId: '?', localChange: { value: 'onzin' } })
  })
})
