// F6 on the server, judged document by document: a sheet's id and its closing, a line's sheet, and
// the facts about a line (one decision and one withdrawal per line, each complete), then what those
// facts need from the stored picture (lineFactFitsLine on an in-memory picture).
import { describe, expect, it } from 'vitest'
import type { CollectionName, JournalEntry } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { lineFactFitsLine } from '../../../../server/sync/checks/line-fact-on-line'
import { checkDocument } from '../../../../server/sync/validate-push'
import { journalEntry, now, staffIds } from './documents'
import { fakePicture, type PictureData } from './fake-picture'
import { closedSheet, openSheet, processed, rejected, signupLine, studyDate, t, withdrawn } from './signup-documents'

/** `fresh`: the PC pushes without an assumed state (it never saw the stored document). */
const check = (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc, fresh?: 'fresh') =>
  checkDocument(collection, doc, { stored, assumed: fresh === 'fresh' ? undefined : stored, now, caller: null })
const code = (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc) => check(collection, doc, stored)?.code ?? 'ok'

describe('sign-up sheets', () => {
  it('have the id of their location and day', () => {
    expect(code('signupsheets', openSheet())).toBe('ok')
    expect(check('signupsheets', openSheet({ id: 'loc-1:2026-12-03' }))).toMatchObject({ code: 'ongeldig-nummer', message: expect.stringMatching(/vaste nummer/) })
    expect(code('signupsheets', openSheet({ locationId: 'loc-2' }))).toBe('ongeldig-nummer')
  })

  it('record who closed them and when once closed, and nobody while open', () => {
    expect(code('signupsheets', closedSheet())).toBe('ok')
    const { closedAt: _at, ...noTime } = closedSheet()
    expect(code('signupsheets', noTime)).toBe('ongeldig-document')
    const { closedBy: _by, ...noCloser } = closedSheet()
    expect(code('signupsheets', noCloser)).toBe('ongeldig-document')
    expect(code('signupsheets', openSheet({ closedBy: staffIds.groep }))).toBe('ongeldig-document')
  })

  it('may be closed, and an open one may change', () => {
    expect(code('signupsheets', closedSheet(), openSheet())).toBe('ok')
    expect(code('signupsheets', openSheet({ updatedAt: t('08:20') }), openSheet())).toBe('ok')
  })

  it('once closed on the server: never open again, not deleted, closer and time kept; whose closing stands is told', () => {
    const closed = closedSheet(staffIds.groep, t('08:30'))
    const winner = { by: staffIds.groep, at: t('08:30') }
    expect(check('signupsheets', openSheet({ updatedAt: t('08:50') }), closed)).toMatchObject({
      kind: 'conflict', code: 'lijst-gesloten', message: expect.stringMatching(/blijft gesloten/), winner,
    })
    // Another PC closed it offline too, by someone else or at another moment.
    expect(check('signupsheets', closedSheet(staffIds.senior, t('08:35')), closed, 'fresh')).toMatchObject({ code: 'lijst-gesloten', winner })
    expect(code('signupsheets', closedSheet(staffIds.groep, t('08:31')), closed)).toBe('lijst-gesloten')
    expect(code('signupsheets', { ...closed, _deleted: true }, closed)).toBe('lijst-gesloten')
  })

  it('lets an identical retry of a closed sheet pass, and a change that keeps the closing', () => {
    const closed = closedSheet()
    expect(code('signupsheets', { ...closed }, closed)).toBe('ok')
    expect(code('signupsheets', { ...closed, updatedAt: t('08:45') }, closed)).toBe('ok')
  })
})

describe('sign-up lines', () => {
  it('sit on the sheet of their location and date', () => {
    expect(code('signuplines', signupLine('regel-1'))).toBe('ok')
    expect(code('signuplines', signupLine('regel-1', { sheetId: 'loc-1:2026-12-03' }))).toBe('ongeldig-nummer')
    expect(code('signuplines', signupLine('regel-1', { locationId: 'loc-2' }))).toBe('ongeldig-nummer')
    expect(code('signuplines', signupLine('regel-1', { date: '2026-12-03' }))).toBe('ongeldig-nummer')
  })

  it('are never edited (append-only), whatever sheet they name', () => {
    const line = signupLine('regel-1')
    expect(code('signuplines', { ...line, billing: 'inclusief' }, line)).toBe('alleen-toevoegen')
  })
})

describe('facts about a line: one decision and one withdrawal per line', () => {
  it('a decision has the line\'s one decision id, whichever kind; a withdrawal the line\'s withdrawal id', () => {
    expect(code('journal', processed('regel-1'))).toBe('ok')
    expect(code('journal', rejected('regel-1'))).toBe('ok')
    expect(code('journal', withdrawn('regel-1'))).toBe('ok')
    expect(code('journal', { ...processed('regel-1'), id: 'verwerkt:regel-1' })).toBe('ongeldig-nummer')
    expect(code('journal', { ...rejected('regel-1'), id: 'afgewezen:regel-1' })).toBe('ongeldig-nummer')
    expect(code('journal', { ...withdrawn('regel-1'), id: processed('regel-1').id })).toBe('ongeldig-nummer')
    expect(code('journal', { ...processed('regel-1'), targetId: 'regel-2' })).toBe('ongeldig-nummer')
  })

  it('leaves other journal kinds alone', () => {
    expect(code('journal', journalEntry())).toBe('ok')
    expect(code('journal', journalEntry({ id: 'correctie:a', kind: 'correctie', targetId: 'a', reason: 'Verkeerd kind.' }))).toBe('ok')
  })

  it('a rejection and a withdrawal need a reason; a processed line does not', () => {
    expect(check('journal', rejected('regel-1', '  '))).toMatchObject({ code: 'reden-verplicht', message: 'Geef een reden op.' })
    const { reason: _reason, ...noReason } = withdrawn('regel-1')
    expect(code('journal', noReason)).toBe('reden-verplicht')
    expect(code('journal', processed('regel-1', 'inclusief'))).toBe('ok')
  })

  it('a processed line is billed on invoice with an invoice date, or included without one', () => {
    const withData = (data: JournalEntry['data']) => ({ ...processed('regel-1'), data })
    expect(code('journal', withData({ billing: 'inclusief' }))).toBe('ok')
    expect(check('journal', withData({ billing: 'factuur' }))).toMatchObject({ code: 'ongeldige-verwerking', message: expect.stringMatching(/factuur/) })
    expect(code('journal', withData({ billing: 'inclusief', invoiceDate: '2027-01-10' }))).toBe('ongeldige-verwerking')
    expect(code('journal', withData({ billing: 'ruiluren' }))).toBe('ongeldige-verwerking')
    expect(code('journal', withData({}))).toBe('ongeldige-verwerking')
    const { data: _data, ...noData } = processed('regel-1')
    expect(code('journal', noData)).toBe('ongeldige-verwerking')
  })

  it('is never deleted, not even before it was stored (a tombstone would block the real decision)', () => {
    expect(code('journal', { ...processed('regel-1'), _deleted: true })).toBe('alleen-toevoegen')
    expect(code('journal', { ...withdrawn('regel-1'), _deleted: true })).toBe('alleen-toevoegen')
  })

  it('the second PC\'s decision meets the first on the one id: the first stands, and the second is told whose it is', () => {
    const first = processed('regel-1', 'factuur', { by: staffIds.klantenservice, at: t('08:40') })
    const winner = { by: staffIds.klantenservice, at: t('08:40') }
    expect(check('journal', rejected('regel-1'), first, 'fresh')).toMatchObject({
      kind: 'conflict', code: 'al-vastgelegd', message: expect.stringMatching(/andere PC al vastgelegd/), winner,
    })
    // Both processed it, at another moment (or another way of billing).
    expect(check('journal', processed('regel-1', 'factuur', { at: t('08:45') }), first, 'fresh')).toMatchObject({ kind: 'conflict', winner })
    expect(check('journal', processed('regel-1', 'inclusief'), first, 'fresh')).toMatchObject({ code: 'al-vastgelegd' })
    // Two location PCs withdrew the same line.
    const gone = withdrawn('regel-1')
    expect(check('journal', withdrawn('regel-1', 'Ziek.', { by: staffIds.senior }), gone, 'fresh')).toMatchObject({
      kind: 'conflict', winner: { by: staffIds.groep, at: gone.at },
    })
  })

  it('an identical retry passes; changing a stored decision the PC knew about is an edit, refused', () => {
    const first = processed('regel-1')
    expect(check('journal', { ...first }, first, 'fresh')).toBeNull()
    expect(check('journal', rejected('regel-1'), first)).toMatchObject({ kind: 'geweigerd', code: 'alleen-toevoegen' })
  })
})

describe('facts about a line, on the stored picture', () => {
  const line = signupLine('regel-1')
  const base: PictureData = { signuplines: [line], signupsheets: [closedSheet()] }
  const judge = (doc: SyncDoc & JournalEntry, data: PictureData = base, stored?: SyncDoc) =>
    lineFactFitsLine({ collection: 'journal', doc, stored, assumed: stored, now, caller: null }, fakePicture(data))
  const codeOf = async (doc: SyncDoc & JournalEntry, data?: PictureData, stored?: SyncDoc) => (await judge(doc, data, stored))?.code ?? 'ok'

  it('processes or rejects a stored line of a closed sheet, and withdraws it', async () => {
    expect(await codeOf(processed('regel-1'))).toBe('ok')
    expect(await codeOf(rejected('regel-1'))).toBe('ok')
    expect(await codeOf(withdrawn('regel-1'))).toBe('ok')
  })

  it('decides only lines the server has, of the decision\'s own location', async () => {
    expect(await judge(processed('regel-9'))).toMatchObject({ code: 'onbekende-inschrijving', message: expect.stringMatching(/niet bekend/) })
    const elsewhere = { ...base, signuplines: [signupLine('regel-1', { locationId: 'loc-2', sheetId: `loc-2:${studyDate}` })] }
    expect(await codeOf(processed('regel-1'), elsewhere)).toBe('inschrijving-andere-locatie')
    expect(await codeOf(withdrawn('regel-1'), elsewhere)).toBe('inschrijving-andere-locatie')
  })

  it('decides only lines of a closed sheet', async () => {
    expect(await judge(processed('regel-1'), { ...base, signupsheets: [openSheet()] })).toMatchObject({
      code: 'lijst-niet-gesloten', message: expect.stringMatching(/nog niet gesloten/),
    })
    expect(await codeOf(rejected('regel-1'), { ...base, signupsheets: [] })).toBe('lijst-niet-gesloten')
  })

  it('withdraws a line that has not reached the server yet (pushed on its own, maybe later)', async () => {
    expect(await codeOf(withdrawn('regel-9'), { signupsheets: [openSheet()] })).toBe('ok')
  })

  it('a withdrawn line is not decided, a decided line not withdrawn: the first fact stands and is named', async () => {
    const gone = withdrawn('regel-1')
    expect(await judge(processed('regel-1'), { ...base, journal: [gone] })).toMatchObject({
      kind: 'conflict', code: 'ingetrokken', message: expect.stringMatching(/ingetrokken/), winner: { by: staffIds.groep, at: gone.at },
    })
    expect(await codeOf(rejected('regel-1'), { ...base, journal: [gone] })).toBe('ingetrokken')
    const done = rejected('regel-1')
    expect(await judge(withdrawn('regel-1'), { ...base, journal: [done] })).toMatchObject({
      kind: 'conflict', code: 'al-verwerkt', winner: { by: staffIds.klantenservice, at: done.at },
    })
    // Facts about another line change nothing.
    expect(await codeOf(processed('regel-1'), { ...base, journal: [withdrawn('regel-2')] })).toBe('ok')
  })

  it('R15: a line on invoice carries the invoice date of its care date (December → 10 January next year)', async () => {
    const wrong = processed('regel-1', 'factuur', { data: { billing: 'factuur', invoiceDate: '2026-12-10' } })
    expect(await judge(wrong)).toMatchObject({ code: 'verkeerde-factuurdatum', detail: '2026-12-10 should be 2027-01-10' })
    const november = signupLine('regel-n', { date: '2026-11-27', sheetId: 'loc-1:2026-11-27' })
    const data = { signuplines: [november], signupsheets: [closedSheet(staffIds.groep, t('08:30'), { id: 'loc-1:2026-11-27', date: '2026-11-27' })] }
    expect(await codeOf(processed('regel-n', 'factuur', { data: { billing: 'factuur', invoiceDate: '2026-12-10' } }), data)).toBe('ok')
  })

  it('customer service decides the billing: a line signed as factuur may be processed as inclusief', async () => {
    expect(line.billing).toBe('factuur')
    expect(await codeOf(processed('regel-1', 'inclusief'))).toBe('ok')
  })

  it('passes a retry of a stored decision, whatever happened since', async () => {
    const done = processed('regel-1')
    expect(await codeOf(done, { signuplines: [], signupsheets: [] }, done)).toBe('ok')
  })
})
