// R19 and the permission matrix for the author of a pushed change: known, active, at the
// document's location, and allowed to do that act; the parent portal never through a PC.
import { describe, expect, it } from 'vitest'
import type { CollectionName } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { authorMayAct } from '../../../../server/sync/checks/author-rights'
import type { Caller, StoredPicture } from '../../../../server/sync/checks/check'
import { createPushValidator } from '../../../../server/sync/validate-push'
import {
  absence, attendanceDay, credit, decided, entry, journalEntry, ledgerEntry, location, now, request, staffIds, studyDay,
} from './documents'
import { fakePicture } from './fake-picture'

const picture = fakePicture({ locations: [location(), { ...location(), id: 'loc-2', schools: [{ id: 'school-2', name: 'OBS De Linde' }] }] })
const judge = (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc, caller: Caller | null = null, pic: StoredPicture = picture) =>
  authorMayAct({ collection, doc, stored, assumed: stored, now, caller }, pic)
const code = async (collection: CollectionName, doc: SyncDoc, stored?: SyncDoc) => (await judge(collection, doc, stored))?.code ?? 'ok'

const by = (id: string) => ({ by: id })
const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`

describe('who made the change', () => {
  it('accepts a known, active staff member of the document\'s location', async () => {
    expect(await code('absences', absence())).toBe('ok')
    expect(await code('absences', absence(by(staffIds.groep)))).toBe('ok')
  })

  it('refuses an unknown author, a deactivated one, and the parent portal', async () => {
    expect(await judge('absences', absence(by('niemand')))).toMatchObject({ code: 'onbekende-medewerker', detail: 'niemand', message: expect.stringMatching(/niet bekend/) })
    expect(await code('absences', absence(by('systeem')))).toBe('onbekende-medewerker')
    expect(await code('absences', absence(by(staffIds.oud)))).toBe('medewerker-niet-actief')
    expect(await judge('requests', request())).toMatchObject({ code: 'alleen-via-ouderportaal', message: expect.stringMatching(/ouderportaal/) })
  })

  it('refuses an author of another location; customer service and the planner reach every location', async () => {
    expect(await code('absences', absence(by(staffIds.elders)))).toBe('medewerker-buiten-locatie')
    expect(await code('absences', absence({ ...by(staffIds.klantenservice), locationId: 'loc-9' }))).toBe('ok')
    // Moving a document: the author must reach where it was too.
    expect(await code('journal', journalEntry(by(staffIds.elders)), journalEntry({ ...by(staffIds.elders), locationId: 'loc-2' }))).toBe('medewerker-buiten-locatie')
  })

  it('judges nothing when the push changes nothing (a retry of a stored document)', async () => {
    const parentsRequest = decided(request(), 'goedgekeurd', staffIds.groep, t('08:00'))
    expect(await code('requests', parentsRequest, parentsRequest)).toBe('ok')
  })
})

describe('attendance: every changed entry by its own author', () => {
  const day = attendanceDay([entry('kind-1'), entry('kind-2', by('niemand'))])

  it('checks the entries this push changes, not the ones stored before', async () => {
    const more = attendanceDay([...day.entries, entry('kind-3', by(staffIds.groep))])
    expect(await code('attendance', more, day)).toBe('ok')
    expect(await code('attendance', day)).toBe('onbekende-medewerker')
    // Two entries changed offline by two staff members: the older change's author counts as well.
    const two = attendanceDay([entry('kind-1', { ...by(staffIds.elders), at: t('07:00'), rev: 2 }), entry('kind-2', by('niemand')), entry('kind-3', { at: t('08:00') })])
    expect(await code('attendance', two, day)).toBe('medewerker-buiten-locatie')
  })

  it('refuses an entry by a role that may not register attendance', async () => {
    expect(await judge('attendance', attendanceDay([entry('kind-1', by(staffIds.klantenservice))]))).toMatchObject({
      code: 'geen-recht', message: 'Alleen groepsmedewerker, senior of manager mag aanwezigheid registreren.',
    })
  })

  it('refuses removing an entry: it records nobody', async () => {
    expect(await judge('attendance', attendanceDay([entry('kind-1')]), day)).toMatchObject({ code: 'zonder-auteur' })
  })
})

describe('requests: the submission and each new decision', () => {
  const parents = request()

  it('lets staff decide a parent\'s request, and submit and decide one at once', async () => {
    expect(await code('requests', decided(parents, 'goedgekeurd', staffIds.groep, t('08:00')), parents)).toBe('ok')
    const ownRequest = request({ submittedVia: 'medewerker', ...by(staffIds.groep) })
    expect(await code('requests', decided(ownRequest, 'wachtlijst', staffIds.senior, t('08:00')))).toBe('ok')
    expect(await code('requests', decided(ownRequest, 'wachtlijst', staffIds.elders, t('08:00')))).toBe('medewerker-buiten-locatie')
  })

  it('leaves Qflexibel decisions to the planner, and says so (R11)', async () => {
    const qBlock = request({ kind: 'Q-blok', contract: 'qflexibel', payment: 'flexuren' })
    expect(await judge('requests', decided(qBlock, 'goedgekeurd', staffIds.manager, t('08:00')), qBlock)).toMatchObject({
      code: 'geen-recht', message: 'Alleen planner mag over deze aanvraag beslissen.', detail: 'manager may not aanvraag.beslissen',
    })
    expect(await code('requests', decided(qBlock, 'goedgekeurd', staffIds.planner, t('08:00')), qBlock)).toBe('ok')
  })

  it('checks every decision the push adds, not only the newest', async () => {
    const waiting = decided(parents, 'wachtlijst', staffIds.klantenservice, t('08:00'))
    expect(await code('requests', decided(waiting, 'goedgekeurd', staffIds.groep, t('08:10')), parents)).toBe('geen-recht')
    expect(await code('requests', decided(waiting, 'goedgekeurd', staffIds.groep, t('08:10')), waiting)).toBe('ok')
  })

  it('lets customer service cancel an approved request (aanvraag.annuleren), but a cancellation by a parent never comes from a PC', async () => {
    const approved = decided(parents, 'goedgekeurd', staffIds.groep, t('08:00'))
    expect(await code('requests', decided(approved, 'geannuleerd', staffIds.klantenservice, t('09:00'), { reason: 'Ziek.' }), approved)).toBe('ok')
    expect(await code('requests', decided(approved, 'geannuleerd', 'ouderportaal', t('09:00')), approved)).toBe('alleen-via-ouderportaal')
  })
})

describe('ledger movements count as the act that causes them', () => {
  const manual = ledgerEntry({ id: 'handmatig:1', kind: 'handmatig', amount: 2 })

  it('manual credit: senior, manager or customer service (R16)', async () => {
    expect(await judge('ledger', { ...manual, ...by(staffIds.groep) })).toMatchObject({
      code: 'geen-recht', message: 'Alleen senior, manager of klantenservice mag tegoed toevoegen.',
    })
    expect(await code('ledger', manual)).toBe('ok')
    expect(await code('ledger', { ...manual, ...by(staffIds.klantenservice) })).toBe('ok')
  })

  it('taking back a corrected absence\'s credit counts as the correction (R12): location staff and customer service, not the planner', async () => {
    const undo = ledgerEntry({ id: 'vervallen:opgebouwd:a', kind: 'vervallen', amount: 3, sourceId: 'opgebouwd:a', ...by(staffIds.groep) })
    expect(await code('ledger', undo)).toBe('ok')
    expect(await code('ledger', { ...undo, ...by(staffIds.planner) })).toBe('geen-recht')
  })

  it('Qflexibel top-up: customer service only (R14)', async () => {
    const topUp = ledgerEntry({ id: 'opgewaardeerd:1', kind: 'opgewaardeerd', unit: 'flexuren', careType: undefined, amount: 40, ...by(staffIds.senior) })
    expect(await judge('ledger', topUp)).toMatchObject({ message: 'Alleen klantenservice mag het Qflexibel-tegoed ophogen.' })
    expect(await code('ledger', { ...topUp, ...by(staffIds.klantenservice) })).toBe('ok')
  })

  it('earned hours with the absence, a reservation with the submission, spending with the decision (Qflexibel: the planner)', async () => {
    expect(await code('ledger', credit('opgebouwd:1', 3))).toBe('ok')
    expect(await code('ledger', ledgerEntry({ id: 'gereserveerd:a', kind: 'gereserveerd', amount: 3, ...by(staffIds.klantenservice) }))).toBe('ok')
    const spentFlex = ledgerEntry({ id: 'besteed:a', kind: 'besteed', unit: 'flexuren', careType: undefined, amount: 3, sourceId: 'a' })
    expect(await code('ledger', spentFlex)).toBe('geen-recht')
    expect(await code('ledger', { ...spentFlex, ...by(staffIds.planner) })).toBe('ok')
    expect(await code('ledger', ledgerEntry({ id: 'vrijgegeven:a', kind: 'vrijgegeven', amount: 3, sourceId: 'a', ...by(staffIds.groep) }))).toBe('ok')
  })
})

describe('journal facts', () => {
  it('unlocks: any staff member of the location, lists more than 7 days old only a senior or manager (R18)', async () => {
    // Unlocked on 23 November: the list of the 16th is 7 days old, the 15th's 8.
    const unlock = (date: string) => journalEntry({ id: `ontgrendeld:${date}`, date, targetId: `${date}:grp-1`, ...by(staffIds.groep) })
    expect(await code('journal', unlock('2026-11-16'))).toBe('ok')
    expect(await judge('journal', unlock('2026-11-15'))).toMatchObject({
      code: 'geen-recht', message: 'Alleen senior of manager mag deze aanwezigheidslijst ontgrendelen.',
    })
    expect(await code('journal', { ...unlock('2026-11-15'), ...by(staffIds.senior) })).toBe('ok')
    // Without its own date, the list's date comes from the attendance day it unlocks.
    const { date: _date, ...undated } = unlock('2026-11-15')
    expect(await code('journal', undated as SyncDoc)).toBe('geen-recht')
  })

  it('judges an unlock on the day it was done, not the day it reached the server (SPEC §4)', async () => {
    const offline = journalEntry({ date: '2026-11-10', targetId: '2026-11-10:grp-1', at: '2026-11-16T09:00:00.000Z', ...by(staffIds.groep) })
    expect(await code('journal', offline)).toBe('ok')
  })

  it('processing sign-up lines is customer service\'s; corrections are staff\'s', async () => {
    const processed = journalEntry({ id: 'verwerkt:regel-1', kind: 'verwerkt', targetId: 'regel-1' })
    expect(await judge('journal', processed)).toMatchObject({ message: 'Alleen klantenservice mag intekenregels verwerken.' })
    expect(await code('journal', { ...processed, ...by(staffIds.klantenservice) })).toBe('ok')
    expect(await code('journal', journalEntry({ id: 'correctie:a', kind: 'correctie', targetId: 'a', reason: 'Verkeerd kind.', ...by(staffIds.groep) }))).toBe('ok')
  })
})

describe('study days and sign-up sheets', () => {
  it('study days: managers of a location the school serves, and customer service', async () => {
    expect(await code('studydays', studyDay(by(staffIds.manager)))).toBe('ok')
    expect(await code('studydays', studyDay(by(staffIds.senior)))).toBe('geen-recht')
    expect(await code('studydays', studyDay({ ...by(staffIds.manager), schoolId: 'school-2' }))).toBe('medewerker-buiten-locatie')
    // A school no location serves: only someone who covers every location.
    expect(await code('studydays', studyDay({ ...by(staffIds.manager), schoolId: 'school-9' }))).toBe('medewerker-buiten-locatie')
    expect(await code('studydays', studyDay({ ...by(staffIds.klantenservice), schoolId: 'school-9' }))).toBe('ok')
  })

  it('a sheet records nobody until it is closed; then its closer must manage sheets', async () => {
    const sheet: SyncDoc = { id: 'loc-1:2026-12-04', _deleted: false, locationId: 'loc-1', date: '2026-12-04', status: 'open', updatedAt: t('08:00') }
    expect(await code('signupsheets', sheet)).toBe('ok')
    const closed = { ...sheet, status: 'gesloten', closedBy: staffIds.klantenservice, closedAt: t('09:00'), updatedAt: t('09:00') }
    expect(await code('signupsheets', closed, sheet)).toBe('geen-recht')
    expect(await code('signupsheets', { ...closed, closedBy: staffIds.groep }, sheet)).toBe('ok')
  })
})

describe('in the validator', () => {
  const validator = createPushValidator({ clock: () => now })
  const check = (collection: string, doc: SyncDoc, caller: Caller | null) =>
    validator.check({ collection, doc, stored: undefined, assumed: undefined, picture, caller })

  it('judges who may act before what the rules say about the act, with or without a caller', async () => {
    // A back-dated report by someone of another location: the author is the answer, not R4.
    const bad = absence({ ...by(staffIds.elders), reportedAt: '2026-11-23T08:00:00.000Z', at: '2026-11-23T07:00:00.000Z' })
    expect(await validator.check({ collection: 'absences', doc: bad, stored: undefined, assumed: undefined, picture, caller: null }))
      .toMatchObject({ ok: false, refusal: { code: 'medewerker-buiten-locatie' } })
    // The PC's own scope comes first of all.
    expect(await check('absences', { ...bad, locationId: 'loc-2' }, { deviceId: 'pc-1', locations: ['loc-1'] }))
      .toMatchObject({ ok: false, refusal: { code: 'buiten-locatie' } })
  })

  it('lets a PC write study days only of schools its locations serve', async () => {
    expect(await check('studydays', studyDay(by(staffIds.klantenservice)), { deviceId: 'pc-1', locations: ['loc-1'] })).toMatchObject({ ok: true })
    expect(await check('studydays', studyDay({ ...by(staffIds.klantenservice), schoolId: 'school-2' }), { deviceId: 'pc-1', locations: ['loc-1'] }))
      .toMatchObject({ ok: false, refusal: { code: 'buiten-locatie' } })
    expect(await check('studydays', studyDay({ ...by(staffIds.klantenservice), schoolId: 'school-9' }), { deviceId: 'pc-c', locations: 'all' }))
      .toMatchObject({ ok: true })
  })
})
