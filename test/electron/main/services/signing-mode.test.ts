// Tekenmodus (F6) in main, through the bridge against the REAL server (demo accounts): entering it
// with the line a parent signs, the signature clearing the draft, and leaving it only with a staff
// member's PIN or password, counted and locked out as the quick switch and sign-in are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionState, SigningDraft } from '../../../../shared/api/contract'
import { demoPasswords } from '../../../../shared/demo'
import { defaults } from '../../../../shared/rules/defaults'
import { passwordOf, pinOf, startAccountServer, type AccountServer } from '../../support/account-server'
import { openTestPc, type TestPc } from '../../support/test-pc'

let server: AccountServer
const pcs: TestPc[] = []
const clock = { now: new Date() }

beforeAll(async () => {
  server = await startAccountServer()
}, 60_000)

afterAll(async () => {
  for (const pc of pcs) pc.close()
  await server?.close()
})

async function pc(name: string): Promise<TestPc> {
  const opened = await openTestPc(server.proxy.url, server.root, name, { now: () => clock.now })
  pcs.push(opened)
  return opened
}

const sheetId = 'loc-goverwelle:2026-12-02'
const wholeDay: SigningDraft = { childId: 'kind-0001', dayPart: 'hele dag', parentName: 'Petra de Boer' }
const times: SigningDraft = { childId: 'kind-0002', times: { start: '08:30', end: '13:00' }, parentName: 'Jan Smit' }

const signIn = (p: TestPc, staffId: string) => p.ok<SessionState>('session.signIn', { staffId, password: passwordOf(staffId), pin: pinOf(staffId) })
const enter = (p: TestPc, draft: SigningDraft = wholeDay) => p.ok<SessionState>('session.signing.enter', { sheetId, draft })
const leaveByPin = (p: TestPc, staffId: string, pin = pinOf(staffId)) => p.call('session.signing.leave', { staffId, pin })

describe('Tekenmodus (real server)', () => {
  it('enters with the draft, clears it once signed, and is left with a PIN; a reload sees every step', async () => {
    clock.now = new Date()
    const p = await pc('pc-signing')
    await signIn(p, 'anouk.devries')
    const entered = await enter(p)
    expect(entered).toMatchObject({ user: { id: 'anouk.devries' }, locked: false })
    expect(entered.signing).toEqual({ sheetId, since: clock.now.toISOString(), draft: wholeDay })
    expect(p.eventsOf('session.changed').at(-1)).toEqual(entered)
    expect(await p.session()).toEqual(entered)

    // The next parent: the draft is replaced.
    clock.now = new Date(clock.now.getTime() + 60_000)
    expect((await enter(p, times)).signing).toEqual({ sheetId, since: clock.now.toISOString(), draft: times })

    const signed = await p.ok<SessionState>('session.signing.signed', {})
    expect(signed.signing).toEqual({ sheetId, since: clock.now.toISOString(), draft: null })
    expect(p.eventsOf('session.changed').at(-1)).toEqual(signed)
    // A retried 'signed' changes nothing and tells nobody.
    const told = p.eventsOf('session.changed').length
    expect(await p.ok<SessionState>('session.signing.signed', {})).toEqual(signed)
    expect(p.eventsOf('session.changed')).toHaveLength(told)

    const left = await leaveByPin(p, 'anouk.devries')
    expect(left).toMatchObject({ ok: true, result: { user: { id: 'anouk.devries' }, locked: false, signing: null } })
    expect(p.eventsOf('session.changed').at(-1)?.signing).toBeNull()
    expect(await p.refused('session.signing.signed', {})).toEqual({ code: 'tekenmodus.niet-actief', message: 'Tekenmodus staat niet aan' })
    expect(await p.refused('session.signing.leave', { staffId: 'anouk.devries', pin: pinOf('anouk.devries') }))
      .toMatchObject({ code: 'tekenmodus.niet-actief' })
  })

  it(`keeps Tekenmodus on a wrong PIN and counts it: after ${defaults.maxWrongPins} only the password leaves`, async () => {
    clock.now = new Date()
    const p = await pc('pc-signing-wrong-pin')
    await signIn(p, 'iris.mulder')
    await signIn(p, 'naima.boukhari')
    const entered = await enter(p)
    for (let i = 1; i < defaults.maxWrongPins; i++) {
      expect(await p.refused('session.signing.leave', { staffId: 'iris.mulder', pin: '0000' })).toEqual({ code: 'onjuist', message: 'Onjuiste pincode' })
      expect(await p.session()).toEqual(entered)
    }
    expect(await p.refused('session.signing.leave', { staffId: 'iris.mulder', pin: '0000' })).toMatchObject({ code: 'geblokkeerd' })
    const after = p.eventsOf('session.changed').at(-1)
    expect(after?.signing).toEqual(entered.signing)
    expect(after?.today.find((u) => u.id === 'iris.mulder')?.hasPin).toBe(false)
    expect(await p.refused('session.signing.leave', { staffId: 'iris.mulder', pin: pinOf('iris.mulder') })).toMatchObject({ code: 'geen-pincode' })
    expect((await p.session()).signing).toEqual(entered.signing)

    expect(await p.refused('session.signing.leave', { staffId: 'iris.mulder', password: 'fout' })).toMatchObject({ code: 'onjuist' })
    expect((await p.session()).signing).toEqual(entered.signing)
    const left = await p.ok<SessionState>('session.signing.leave', { staffId: 'iris.mulder', password: passwordOf('iris.mulder') })
    expect(left).toMatchObject({ user: { id: 'iris.mulder' }, mode: 'online', signing: null })
    // The password proved nothing about the PIN: it stays off until a sign-in with password and PIN.
    expect(await p.refused('session.switch', { staffId: 'iris.mulder', pin: pinOf('iris.mulder') })).toMatchObject({ code: 'geen-pincode' })
  })

  it('signs in the staff member who leaves it, by PIN or by password, keeping their PIN', async () => {
    clock.now = new Date()
    const p = await pc('pc-signing-other')
    await signIn(p, 'fatima.elamrani')
    await signIn(p, 'sem.bakker')
    await enter(p)
    const byPin = await leaveByPin(p, 'fatima.elamrani')
    expect(byPin).toMatchObject({ ok: true, result: { user: { id: 'fatima.elamrani', role: 'senior' }, signing: null } })
    expect((await p.session()).today.map((u) => u.id)).toEqual(['fatima.elamrani', 'sem.bakker'])

    await enter(p)
    const byPassword = await p.ok<SessionState>('session.signing.leave', { staffId: 'sem.bakker', password: passwordOf('sem.bakker') })
    expect(byPassword).toMatchObject({ user: { id: 'sem.bakker' }, mode: 'online', signing: null })
    expect(byPassword.today.find((u) => u.id === 'sem.bakker')?.hasPin).toBe(true)
    await p.ok('session.switch', { staffId: 'fatima.elamrani', pin: pinOf('fatima.elamrani') })
    expect(await p.ok<SessionState>('session.switch', { staffId: 'sem.bakker', pin: pinOf('sem.bakker') })).toMatchObject({ user: { id: 'sem.bakker' } })
  })

  it('is left by password offline with this PC’s verifier; a wrong one keeps it', async () => {
    clock.now = new Date()
    const p = await pc('pc-signing-offline')
    await signIn(p, 'eline.prins')
    const entered = await enter(p)
    server.proxy.cut()
    try {
      expect(await p.refused('session.signing.leave', { staffId: 'eline.prins', password: 'fout' })).toMatchObject({ code: 'onjuist' })
      expect(await p.session()).toEqual(entered)
      expect(await p.refused('session.signing.leave', { staffId: 'lotte.visser', password: passwordOf('lotte.visser') }))
        .toMatchObject({ code: 'offline-onbekend' })
      const left = await p.ok<SessionState>('session.signing.leave', { staffId: 'eline.prins', password: passwordOf('eline.prins') })
      expect(left).toMatchObject({ user: { id: 'eline.prins' }, mode: 'offline', signing: null })
    } finally {
      server.proxy.restore()
    }
  })

  it('cannot be entered signed out, locked, or by a role that keeps no sign-up sheets', async () => {
    clock.now = new Date()
    const p = await pc('pc-signing-refused')
    expect(await p.refused('session.signing.enter', { sheetId, draft: wholeDay })).toEqual({
      code: 'tekenmodus.niet-aangemeld', message: 'Meld je eerst aan: alleen een aangemelde medewerker kan een ouder laten tekenen',
    })
    await signIn(p, 'lotte.visser')
    await p.ok('session.lock', {})
    expect(await p.refused('session.signing.enter', { sheetId, draft: wholeDay })).toMatchObject({ code: 'tekenmodus.vergrendeld' })
    await p.ok('session.signIn', { staffId: 'linda.klantenservice', password: passwordOf('linda.klantenservice') })
    expect(await p.refused('session.signing.enter', { sheetId, draft: wholeDay })).toMatchObject({ code: 'geen-recht' })
    expect((await p.session()).signing).toBeNull()
    expect(p.eventsOf('session.changed').every((s) => s.signing === null)).toBe(true)
  })

  it('survives the lock (unlocking returns to it), is left from behind the lock, and ends at sign-out', async () => {
    clock.now = new Date()
    const p = await pc('pc-signing-lock')
    await signIn(p, 'karin.verkerk')
    await signIn(p, 'femke.hoekstra')
    const entered = await enter(p)
    const locked = await p.ok<SessionState>('session.lock', {})
    expect(locked).toMatchObject({ locked: true, signing: entered.signing })
    // Unlocking, by PIN or by password, or as a colleague: still the parent's screen.
    expect(await p.ok<SessionState>('session.switch', { staffId: 'femke.hoekstra', pin: pinOf('femke.hoekstra') })).toEqual(entered)
    await p.ok('session.lock', {})
    expect(await signIn(p, 'femke.hoekstra'))
      .toMatchObject({ locked: false, signing: entered.signing })
    await p.ok('session.lock', {})
    expect(await p.ok<SessionState>('session.switch', { staffId: 'karin.verkerk', pin: pinOf('karin.verkerk') }))
      .toMatchObject({ user: { id: 'karin.verkerk' }, locked: false, signing: entered.signing })

    // Leaving proves who is there, so it unlocks too.
    await p.ok('session.lock', {})
    expect(await leaveByPin(p, 'femke.hoekstra')).toMatchObject({ ok: true, result: { user: { id: 'femke.hoekstra' }, locked: false, signing: null } })

    await enter(p)
    const out = await p.ok<SessionState>('session.signOut', {})
    expect(out).toMatchObject({ user: null, signing: null })
    expect(p.eventsOf('session.changed').at(-1)).toEqual(out)
    expect(await p.refused('session.signing.leave', { staffId: 'karin.verkerk', pin: pinOf('karin.verkerk') })).toMatchObject({ code: 'tekenmodus.niet-actief' })
  })

  it('is gone after a restart of main, which starts signed out (never Tekenmodus without a user)', async () => {
    clock.now = new Date()
    const first = await pc('pc-signing-restart')
    await signIn(first, 'bas.vanrijn')
    await enter(first)
    first.close()
    const again = await pc('pc-signing-restart')
    expect(await again.session()).toMatchObject({ user: null, signing: null, today: [{ id: 'bas.vanrijn' }] })
  })

  it('lets no password, PIN or token cross the bridge', () => {
    const secrets = Object.values(demoPasswords).flatMap((c) => [c.password, `"${c.pin}"`])
    const crossed = pcs.flatMap((p) => p.crossed)
    expect(crossed.length).toBeGreaterThan(50)
    for (const text of crossed) {
      expect(text).not.toMatch(/token|scrypt\$/i)
      for (const secret of secrets) expect(text).not.toContain(secret)
    }
  })
})
