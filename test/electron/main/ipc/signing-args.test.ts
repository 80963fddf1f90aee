// The bridge's checks on Tekenmodus calls (session.signing.*): a draft that could not become a
// sign-up line, or a leave without exactly one proof, never reaches the session service.
import { describe, expect, it, vi } from 'vitest'
import type { SessionState } from '../../../../shared/api/contract'
import { createDispatcher } from '../../../../electron/main/ipc/dispatch'
import { validateArgs } from '../../../../electron/main/ipc/validate'
import { createHandlers } from '../../../../electron/main/services/handlers'
import type { SessionService } from '../../../../electron/main/services/session-service'
import { SigningError } from '../../../../electron/main/services/signing-error'
import type { SyncTransport } from '../../../../electron/main/services/sync-transport'

const sheetId = 'loc-goverwelle:2026-12-02'
const draft = { childId: 'kind-1', dayPart: 'hele dag', parentName: 'Petra de Boer' }
const signing: SessionState = {
  user: { id: 'anouk.devries', name: 'Anouk de Vries', role: 'groepsmedewerker', locationIds: ['loc-goverwelle'] },
  locked: false, mode: 'online', offlineUntil: '2026-12-16T08:00:00.000Z', today: [],
  signing: { sheetId, since: '2026-12-02T08:00:00.000Z', draft: { childId: 'kind-1', dayPart: 'hele dag', parentName: 'Petra de Boer' } },
}

function session(overrides: Partial<SessionService> = {}): SessionService {
  return {
    current: () => signing,
    signIn: vi.fn(async () => signing),
    switchTo: vi.fn(async () => signing),
    lock: vi.fn(async () => signing),
    signOut: vi.fn(async () => signing),
    enterSigning: vi.fn(async () => signing),
    signed: vi.fn(async () => signing),
    leaveSigning: vi.fn(async () => signing),
    ...overrides,
  }
}

function dispatcher(service: SessionService) {
  // Tekenmodus needs neither sync nor a printer: those stand-ins refuse to be used.
  const unused = () => { throw new Error('not used here') }
  const transport = { pull: unused, push: unused, status: unused, startEvents: unused } as unknown as SyncTransport
  return createDispatcher(createHandlers({
    transport, session: service, device: { current: () => null, register: unused }, localDeviceId: 'dev-1', version: '1.0.0',
    shell: 'pc-host', locale: 'nl', idleLockMs: 300_000, secret: async () => 'k', pdf: { print: unused },
  }))
}

describe('Tekenmodus arguments', () => {
  it.each([
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', dayPart: 'ochtend', parentName: 'P. de Boer' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', dayPart: 'middag', parentName: 'P' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '08:30', end: '17:00' }, parentName: 'Jan' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '00:00', end: '23:59' }, parentName: 'x'.repeat(200) } }],
    ['session.signing.signed', {}],
    ['session.signing.leave', { staffId: 'anouk.devries', pin: '1001' }],
    ['session.signing.leave', { staffId: 'sem.bakker', password: 'demo-sem' }],
  ] as const)('accepts %s %j', (method, args) => {
    expect(validateArgs(method, args)).toBeNull()
  })

  it.each([
    ['session.signing.enter', { draft }],
    ['session.signing.enter', { sheetId: '', draft }],
    ['session.signing.enter', { sheetId: '   ', draft }],
    ['session.signing.enter', { sheetId: 'x'.repeat(201), draft }],
    ['session.signing.enter', { sheetId }],
    ['session.signing.enter', { sheetId, draft, extra: true }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', parentName: 'Petra' } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, times: { start: '08:30', end: '17:00' } } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, dayPart: 'naschools' } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, childId: '' } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, parentName: '' } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, parentName: '  ' } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, parentName: 'x'.repeat(201) } }],
    ['session.signing.enter', { sheetId, draft: { ...draft, signature: { strokes: [] } } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '17:00', end: '08:30' }, parentName: 'Jan' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '08:30', end: '08:30' }, parentName: 'Jan' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '8:30', end: '17:00' }, parentName: 'Jan' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '08:30', end: '24:00' }, parentName: 'Jan' } }],
    ['session.signing.enter', { sheetId, draft: { childId: 'kind-1', times: { start: '08:30' }, parentName: 'Jan' } }],
    ['session.signing.signed', { lineId: 'x' }],
    ['session.signing.leave', { staffId: 'anouk.devries' }],
    ['session.signing.leave', { staffId: 'anouk.devries', pin: '1001', password: 'demo-anouk' }],
    ['session.signing.leave', { staffId: 'anouk.devries', pin: '12' }],
    ['session.signing.leave', { staffId: '', pin: '1001' }],
    ['session.signing.leave', { staffId: 'anouk.devries', password: '' }],
  ] as const)('refuses %s %j before the session sees it', async (method, args) => {
    const service = session()
    expect(await dispatcher(service)(method, args)).toMatchObject({ ok: false, error: { code: 'bridge.invalid-args' } })
    expect(service.enterSigning).not.toHaveBeenCalled()
    expect(service.signed).not.toHaveBeenCalled()
    expect(service.leaveSigning).not.toHaveBeenCalled()
  })

  it('says which times are out of order', () => {
    expect(validateArgs('session.signing.enter', { sheetId, draft: { childId: 'k', times: { start: '13:00', end: '12:00' }, parentName: 'Jan' } }))
      .toEqual({ code: 'bridge.invalid-args', message: 'session.signing.enter: /draft/times start must be before end' })
  })

  it('passes valid calls to the session service and carries its refusals with their code and Dutch message', async () => {
    const service = session({ signed: async () => { throw new SigningError('tekenmodus.niet-actief') } })
    const dispatch = dispatcher(service)
    expect(await dispatch('session.signing.enter', { sheetId, draft })).toEqual({ ok: true, result: signing })
    expect(service.enterSigning).toHaveBeenCalledWith({ sheetId, draft })
    await dispatch('session.signing.leave', { staffId: 'anouk.devries', pin: '1001' })
    expect(service.leaveSigning).toHaveBeenCalledWith({ staffId: 'anouk.devries', pin: '1001' })
    expect(await dispatch('session.signing.signed', {})).toEqual({
      ok: false, error: { code: 'tekenmodus.niet-actief', message: 'Tekenmodus staat niet aan' },
    })
  })
})
