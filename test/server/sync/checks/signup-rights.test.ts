// Who may do what with sign-up sheets (F6, R19 and the permission matrix): a line's withdrawal is
// its location's sheet business ('intekenlijst.beheren'), its decision customer service's
// ('intekenregel.verwerken'), both scoped to the line's location; judged by the whole validator.
import { describe, expect, it } from 'vitest'
import type { SyncDoc } from '../../../../shared/sync'
import { actsOf } from '../../../../server/sync/checks/change-acts'
import type { Caller } from '../../../../server/sync/checks/check'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { location, now, staffIds } from './documents'
import { fakePicture } from './fake-picture'
import { closedSheet, processed, rejected, signupLine, withdrawn } from './signup-documents'

const locationPc: Caller = { deviceId: 'pc-goverwelle-1', locations: ['loc-1'] }
const centralPc: Caller = { deviceId: 'pc-klantenservice', locations: 'all' }

const picture = fakePicture({
  locations: [location(), { ...location(), id: 'loc-2', schools: [] }],
  signuplines: [signupLine('regel-1'), signupLine('regel-2', { locationId: 'loc-2', sheetId: 'loc-2:2026-12-02' })],
  signupsheets: [closedSheet(), closedSheet(staffIds.elders, undefined, { id: 'loc-2:2026-12-02', locationId: 'loc-2' })],
})
const validator = createPushValidator({ clock: () => now })
const push = async (collection: string, doc: SyncDoc, caller: Caller) => {
  const verdict = await validator.check({ collection, doc, stored: undefined, assumed: undefined, picture, caller })
  return verdict.ok ? 'ok' : verdict.refusal
}

describe('the acts of a line\'s facts', () => {
  it('a decision (verwerkt or afgewezen) is processing a line, a withdrawal is managing the sheet', () => {
    expect(actsOf('journal', processed('regel-1'), undefined)).toEqual([{ by: staffIds.klantenservice, action: 'intekenregel.verwerken', ctx: {} }])
    expect(actsOf('journal', rejected('regel-1'), undefined)).toEqual([{ by: staffIds.klantenservice, action: 'intekenregel.verwerken', ctx: {} }])
    expect(actsOf('journal', withdrawn('regel-1'), undefined)).toEqual([{ by: staffIds.groep, action: 'intekenlijst.beheren', ctx: {} }])
    expect(actsOf('signuplines', signupLine('regel-1'), undefined)).toEqual([{ by: staffIds.groep, action: 'intekenlijst.beheren', ctx: {} }])
  })

  it('closing a sheet is its closer\'s act; a retry is nobody\'s', () => {
    expect(actsOf('signupsheets', closedSheet(), undefined)).toEqual([{ by: staffIds.groep, action: 'intekenlijst.beheren', ctx: {} }])
    expect(actsOf('journal', processed('regel-1'), processed('regel-1'))).toEqual([])
  })
})

describe('decisions: customer service, from a central PC or any PC of the line\'s location', () => {
  it('a customer-service PC that covers every location processes and rejects lines of any location', async () => {
    expect(await push('journal', processed('regel-1'), centralPc)).toBe('ok')
    expect(await push('journal', rejected('regel-2', 'Geen plaats.', { locationId: 'loc-2' }), centralPc)).toBe('ok')
  })

  it('location staff cannot decide, whatever PC they sign in on (role)', async () => {
    for (const by of [staffIds.groep, staffIds.senior, staffIds.manager]) {
      expect(await push('journal', processed('regel-1', 'factuur', { by }), locationPc)).toMatchObject({
        code: 'geen-recht', message: 'Alleen klantenservice mag intekenregels verwerken.',
      })
      expect(await push('journal', rejected('regel-1', 'Nee.', { by }), centralPc)).toMatchObject({ code: 'geen-recht' })
    }
  })

  it('a location PC cannot push a decision about another location\'s line (device scope), whoever signed in', async () => {
    expect(await push('journal', processed('regel-2', 'factuur', { locationId: 'loc-2' }), locationPc)).toMatchObject({ code: 'buiten-locatie' })
  })
})

describe('withdrawals and lines: staff of the line\'s location', () => {
  it('group staff withdraw a line of their own location; customer service does not withdraw', async () => {
    expect(await push('journal', withdrawn('regel-1'), locationPc)).toBe('ok')
    expect(await push('journal', withdrawn('regel-1', 'Afgezegd.', { by: staffIds.klantenservice }), centralPc)).toMatchObject({
      code: 'geen-recht', message: 'Alleen groepsmedewerker, senior of manager mag intekenlijsten beheren.',
    })
  })

  it('staff of another location neither withdraw nor sign up at this one', async () => {
    expect(await push('journal', withdrawn('regel-1', 'Afgezegd.', { by: staffIds.elders }), centralPc)).toMatchObject({ code: 'medewerker-buiten-locatie' })
    expect(await push('signuplines', signupLine('regel-3', { by: staffIds.elders }), locationPc)).toMatchObject({ code: 'medewerker-buiten-locatie' })
    expect(await push('signuplines', signupLine('regel-3'), locationPc)).toBe('ok')
  })

  it('who may act is judged before what the rules say: an invalid decision by the wrong role is told about the role', async () => {
    const { reason: _reason, ...noReason } = rejected('regel-1', 'x', { by: staffIds.groep })
    expect(await push('journal', noReason as SyncDoc, locationPc)).toMatchObject({ code: 'geen-recht' })
  })
})
