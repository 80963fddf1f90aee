// Facts are append-only: once stored, only an identical retry passes (study days may be deleted).
import { describe, expect, it } from 'vitest'
import type { CollectionName } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { checkDocument } from '../../../../server/sync/validate-push'
import { absence, credit, journalEntry, now, studyDay } from './documents'

const check = (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc) =>
  checkDocument(collection, doc, { stored, assumed: stored, now, caller: null })?.code ?? 'ok'

describe('append-only collections', () => {
  const cases: [CollectionName, SyncDoc, SyncDoc][] = [
    ['absences', absence(), absence({ reason: { code: 'vakantie' } })],
    ['ledger', credit('opgebouwd:a', 3), credit('opgebouwd:a', 5)],
    ['journal', journalEntry(), journalEntry({ reason: 'toch niet' })],
  ]
  for (const [collection, original, changed] of cases) {
    it(`${collection}: a new document and an identical retry pass, a change or a deletion is refused`, () => {
      expect(check(collection, original)).toBe('ok')
      // A retry after a lost answer: same content, keys in another order (as jsonb hands them back).
      const reordered = Object.fromEntries(Object.entries(original).reverse()) as SyncDoc
      expect(check(collection, reordered, original)).toBe('ok')
      expect(check(collection, changed, original)).toBe('alleen-toevoegen')
      expect(check(collection, { ...original, _deleted: true }, original)).toBe('alleen-toevoegen')
    })
  }

  it('signuplines: a signed line is never edited', () => {
    const line = {
      id: 'regel-1', sheetId: 'loc-1:2026-12-04', locationId: 'loc-1', date: '2026-12-04', childId: 'kind-1', dayPart: 'hele dag',
      parentName: 'Eva de Vries', signature: { width: 400, height: 150, strokes: [{ points: [[1, 2, 0, 0.5]] }] },
      signedAt: '2026-11-23T08:50:00.000Z', billing: 'factuur', by: 'sanne.jansen', device: 'pc-1', at: '2026-11-23T08:50:00.000Z', _deleted: false,
    } as SyncDoc
    expect(check('signuplines', line)).toBe('ok')
    expect(check('signuplines', { ...line, parentName: 'Piet' }, line)).toBe('alleen-toevoegen')
  })

  it('studydays: never edited, but a deletion passes and so does entering it again afterwards', () => {
    const day = studyDay()
    expect(check('studydays', { ...day, kind: 'schoolsluitingsdag' }, day)).toBe('alleen-toevoegen')
    const deleted = { ...day, _deleted: true }
    expect(check('studydays', deleted, day)).toBe('ok')
    // A deletion that also changes the content is a change.
    expect(check('studydays', { ...deleted, schoolName: 'Andere school' }, day)).toBe('alleen-toevoegen')
    expect(check('studydays', studyDay({ by: 'piet.bakker' }), deleted)).toBe('ok')
  })

  it('tells a PC that created a fact another PC stored first (same natural key) that the other entry stands', () => {
    const here = absence()
    const there = absence({ by: 'piet.bakker', device: 'pc-2', at: '2026-11-23T08:50:00.000Z' })
    expect(checkDocument('absences', here, { stored: there, assumed: undefined, now, caller: null })).toMatchObject({
      code: 'al-vastgelegd', message: expect.stringMatching(/andere PC al vastgelegd/),
    })
  })

  it('mutable collections are not append-only', () => {
    const staff = { id: 'sanne.jansen', name: 'Sanne', role: 'senior', locationIds: ['loc-1'], active: true, updatedAt: '2026-11-23T08:00:00.000Z', _deleted: false }
    expect(check('staff', { ...staff, name: 'Sanne Jansen' }, staff)).toBe('ok')
  })
})
