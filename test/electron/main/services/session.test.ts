// F1 in main, through the bridge against the REAL server (demo accounts): sign in online, offline
// with this PC's verifier when the server is cut off, quick switch by PIN, lock, sign-out, and what
// survives a restart. The PC's clock is injected so a verifier can age past 14 days.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionState } from '../../../../shared/api/contract'
import { demoPasswords, demoStaff } from '../../../../shared/demo'
import { defaults } from '../../../../shared/rules/defaults'
import { passwordOf, pinOf, startAccountServer, type AccountServer } from '../../support/account-server'
import { openTestPc, type TestPc } from '../../support/test-pc'

let server: AccountServer
const pcs: TestPc[] = []
const clock = { now: new Date() }
const DAY = 24 * 60 * 60 * 1000

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

async function offline<T>(work: () => Promise<T>): Promise<T> {
  server.proxy.cut()
  try {
    return await work()
  } finally {
    server.proxy.restore()
  }
}

const signIn = (p: TestPc, staffId: string, options: { pin?: boolean; password?: string } = {}) =>
  p.call('session.signIn', {
    staffId, password: options.password ?? passwordOf(staffId), ...(options.pin === false ? {} : { pin: pinOf(staffId) }),
  })
const stateOf = (answer: Awaited<ReturnType<TestPc['call']>>): SessionState => {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`)
  return answer.result as SessionState
}

describe('sign-in (real server)', () => {
  it('signs in online: profile, mode, verifier expiry, today; session.changed; no secret in the store in plain text', async () => {
    clock.now = new Date()
    const p = await pc('pc-online')
    expect(await p.session()).toEqual({ user: null, locked: false, mode: null, offlineUntil: null, today: [], signing: null })
    const state = stateOf(await signIn(p, 'anouk.devries'))
    expect(state).toEqual({
      user: { id: 'anouk.devries', name: 'Anouk de Vries', role: 'groepsmedewerker', locationIds: demoStaff.find((s) => s.id === 'anouk.devries')?.locationIds },
      locked: false, mode: 'online',
      offlineUntil: new Date(clock.now.getTime() + defaults.offlineVerifierDays * DAY).toISOString(),
      today: [{ id: 'anouk.devries', name: 'Anouk de Vries', role: 'groepsmedewerker', hasPin: true }],
      signing: null,
    })
    expect(p.eventsOf('session.changed')).toEqual([state])
    const raw = await readFile(join(p.dataDir, 'secrets.json'), 'utf8')
    expect(raw).toContain('scrypt$')
    expect(raw).not.toContain(passwordOf('anouk.devries'))
    expect(raw).not.toContain(`"${pinOf('anouk.devries')}"`)
  })

  it('takes a definite refusal of the server as final, without trying offline', async () => {
    const p = await pc('pc-refusals')
    expect(stateOf(await signIn(p, 'sem.bakker')).mode).toBe('online')
    expect(await p.refused('session.signIn', { staffId: 'sem.bakker', password: 'fout' })).toEqual({
      code: 'onjuist', message: 'Onjuiste gebruikersnaam of wachtwoord',
    })
    expect(await p.refused('session.signIn', { staffId: 'vincent.oudmedewerker', password: passwordOf('vincent.oudmedewerker') }))
      .toMatchObject({ code: 'niet-actief', message: 'Dit account is niet meer actief' })
    // A wrong PIN with the right password is a wrong sign-in too.
    expect(await p.refused('session.signIn', { staffId: 'sem.bakker', password: passwordOf('sem.bakker'), pin: '0000' }))
      .toMatchObject({ code: 'onjuist' })

    // The server's lockout holds even though this PC could check the password itself.
    expect(stateOf(await signIn(p, 'ruben.smit')).mode).toBe('online')
    for (let i = 0; i < 5; i++) await p.refused('session.signIn', { staffId: 'ruben.smit', password: `fout-${i}` })
    expect(await p.refused('session.signIn', { staffId: 'ruben.smit', password: passwordOf('ruben.smit') })).toEqual({
      code: 'geblokkeerd', message: 'Te veel mislukte pogingen, probeer het over 15 minuten opnieuw',
    })
  })

  it('signs in offline with the verifier of the last online sign-in; refuses wrong passwords and strangers', async () => {
    clock.now = new Date()
    const p = await pc('pc-offline')
    stateOf(await signIn(p, 'fatima.elamrani'))
    expect(stateOf(await p.call('session.signOut')).user).toBeNull()
    await offline(async () => {
      const state = stateOf(await signIn(p, 'fatima.elamrani', { pin: false }))
      expect(state).toMatchObject({ user: { id: 'fatima.elamrani', role: 'senior' }, mode: 'offline', locked: false })
      expect(state.offlineUntil).toBe(new Date(clock.now.getTime() + defaults.offlineVerifierDays * DAY).toISOString())
      expect(await p.refused('session.signIn', { staffId: 'fatima.elamrani', password: 'fout' })).toMatchObject({ code: 'onjuist' })
      expect(await p.refused('session.signIn', { staffId: 'lotte.visser', password: passwordOf('lotte.visser') }))
        .toMatchObject({ code: 'offline-onbekend' })
    })
  })

  it('blocks offline sign-in for 15 minutes after 5 wrong passwords in a row', async () => {
    clock.now = new Date()
    const p = await pc('pc-offline-block')
    stateOf(await signIn(p, 'iris.mulder'))
    await offline(async () => {
      for (let i = 0; i < 5; i++) expect(await p.refused('session.signIn', { staffId: 'iris.mulder', password: `fout-${i}` })).toMatchObject({ code: 'onjuist' })
      expect(await p.refused('session.signIn', { staffId: 'iris.mulder', password: passwordOf('iris.mulder') })).toMatchObject({ code: 'geblokkeerd' })
      clock.now = new Date(clock.now.getTime() + 16 * 60 * 1000)
      expect(stateOf(await signIn(p, 'iris.mulder')).mode).toBe('offline')
    })
  })

  it('refuses a verifier older than 14 days offline, and renews it with the next online sign-in', async () => {
    clock.now = new Date()
    const p = await pc('pc-expired')
    stateOf(await signIn(p, 'naima.boukhari'))
    clock.now = new Date(clock.now.getTime() + (defaults.offlineVerifierDays * DAY) + 60_000)
    await offline(async () => {
      expect(await p.refused('session.signIn', { staffId: 'naima.boukhari', password: passwordOf('naima.boukhari') }))
        .toMatchObject({ code: 'offline-verlopen' })
    })
    expect(stateOf(await signIn(p, 'naima.boukhari')).mode).toBe('online')
    await offline(async () => expect(stateOf(await signIn(p, 'naima.boukhari')).mode).toBe('offline'))
  })

  it('forgets a user the server calls inactive: no offline sign-in afterwards', async () => {
    clock.now = new Date()
    const p = await pc('pc-deactivated')
    stateOf(await signIn(p, 'tim.vanvliet'))
    const manager = await server.signIn('esther.vanleeuwen')
    const change = await fetch(`${server.directUrl}/staff/tim.vanvliet`, {
      method: 'PATCH', headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json' }, body: JSON.stringify({ active: false }),
    })
    expect(change.status).toBe(200)
    expect(await p.refused('session.signIn', { staffId: 'tim.vanvliet', password: passwordOf('tim.vanvliet') })).toMatchObject({ code: 'niet-actief' })
    expect((await p.session()).today.map((u) => u.id)).not.toContain('tim.vanvliet')
    await offline(async () => {
      expect(await p.refused('session.signIn', { staffId: 'tim.vanvliet', password: passwordOf('tim.vanvliet') })).toMatchObject({ code: 'offline-onbekend' })
    })
  })
})

describe('quick switch, lock and sign-out (real server)', () => {
  it('switches by PIN between today’s staff, also offline; refuses others, wrong PINs and users without a PIN', async () => {
    clock.now = new Date()
    const p = await pc('pc-switch')
    stateOf(await signIn(p, 'anouk.devries'))
    stateOf(await signIn(p, 'sem.bakker', { pin: false }))
    const state = stateOf(await signIn(p, 'fatima.elamrani'))
    expect(state.today.map((u) => [u.id, u.hasPin])).toEqual([['fatima.elamrani', true], ['sem.bakker', false], ['anouk.devries', true]])

    await offline(async () => {
      const switched = stateOf(await p.call('session.switch', { staffId: 'anouk.devries', pin: pinOf('anouk.devries') }))
      expect(switched).toMatchObject({ user: { id: 'anouk.devries' }, locked: false })
      expect(switched.today[0]?.id).toBe('anouk.devries')
    })
    expect(await p.refused('session.switch', { staffId: 'fatima.elamrani', pin: '0000' })).toMatchObject({ code: 'onjuist' })
    expect(await p.refused('session.switch', { staffId: 'sem.bakker', pin: pinOf('sem.bakker') })).toMatchObject({ code: 'geen-pincode' })
    expect(await p.refused('session.switch', { staffId: 'lotte.visser', pin: pinOf('lotte.visser') })).toMatchObject({ code: 'niet-vandaag' })
    expect((await p.session()).user?.id).toBe('anouk.devries')

    // Tomorrow, nobody is "today" any more.
    clock.now = new Date(clock.now.getTime() + DAY)
    expect(await p.refused('session.switch', { staffId: 'fatima.elamrani', pin: pinOf('fatima.elamrani') })).toMatchObject({ code: 'niet-vandaag' })
    expect((await p.session()).today).toEqual([])
  })

  it(`disables the PIN after ${defaults.maxWrongPins} wrong ones until the next password sign-in`, async () => {
    clock.now = new Date()
    const p = await pc('pc-pin-lockout')
    stateOf(await signIn(p, 'joost.degroot'))
    stateOf(await signIn(p, 'iris.mulder'))
    for (let i = 1; i < defaults.maxWrongPins; i++) {
      expect(await p.refused('session.switch', { staffId: 'joost.degroot', pin: '0000' })).toMatchObject({ code: 'onjuist' })
    }
    expect(await p.refused('session.switch', { staffId: 'joost.degroot', pin: '0000' })).toMatchObject({ code: 'geblokkeerd' })
    expect(p.eventsOf('session.changed').at(-1)?.today.find((u) => u.id === 'joost.degroot')?.hasPin).toBe(false)
    expect(await p.refused('session.switch', { staffId: 'joost.degroot', pin: pinOf('joost.degroot') })).toMatchObject({ code: 'geen-pincode' })
    // Kept across a restart of the services: restarting buys no new attempts.
    p.close()
    const again = await pc('pc-pin-lockout')
    expect(await again.refused('session.switch', { staffId: 'joost.degroot', pin: pinOf('joost.degroot') })).toMatchObject({ code: 'geen-pincode' })
    stateOf(await signIn(again, 'joost.degroot'))
    stateOf(await again.call('session.switch', { staffId: 'iris.mulder', pin: pinOf('iris.mulder') }))
    expect(stateOf(await again.call('session.switch', { staffId: 'joost.degroot', pin: pinOf('joost.degroot') })).user?.id).toBe('joost.degroot')
  })

  it('locks keeping the user, unlocks by PIN or password, and signs out keeping the others of today', async () => {
    clock.now = new Date()
    const p = await pc('pc-lock')
    stateOf(await signIn(p, 'karin.verkerk'))
    stateOf(await signIn(p, 'femke.hoekstra'))
    const locked = stateOf(await p.call('session.lock'))
    expect(locked).toMatchObject({ user: { id: 'femke.hoekstra' }, locked: true })
    expect(p.eventsOf('session.changed').at(-1)).toEqual(locked)
    // Sync keeps working behind the lock screen (it refuses here only because this PC is not registered).
    expect(await p.refused('sync.pull', { collection: 'children', checkpoint: null, batchSize: 1 })).toMatchObject({ code: 'niet-geregistreerd' })
    expect(stateOf(await p.call('session.switch', { staffId: 'femke.hoekstra', pin: pinOf('femke.hoekstra') }))).toMatchObject({ locked: false, user: { id: 'femke.hoekstra' } })
    stateOf(await p.call('session.lock'))
    expect(stateOf(await p.call('session.switch', { staffId: 'karin.verkerk', pin: pinOf('karin.verkerk') }))).toMatchObject({ locked: false, user: { id: 'karin.verkerk' } })
    stateOf(await p.call('session.lock'))
    expect(stateOf(await signIn(p, 'femke.hoekstra', { pin: false }))).toMatchObject({ locked: false, user: { id: 'femke.hoekstra' } })

    const before = await server.db.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM sessions WHERE staff_id = 'femke.hoekstra' AND revoked_at IS NULL",
    )
    const out = stateOf(await p.call('session.signOut'))
    expect(out).toMatchObject({ user: null, locked: false, mode: null, offlineUntil: null })
    expect(out.today.map((u) => u.id)).toEqual(['karin.verkerk'])
    // The server's session of that sign-in is ended (best effort, in the background).
    await expect.poll(async () => (await server.db.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM sessions WHERE staff_id = 'femke.hoekstra' AND revoked_at IS NULL",
    ))[0]?.open).toBe((before[0]?.open ?? 1) - 1)
  })

  it('keeps verifiers and today across a restart of the services; the session itself starts empty', async () => {
    clock.now = new Date()
    const first = await pc('pc-restart')
    stateOf(await signIn(first, 'eline.prins'))
    stateOf(await signIn(first, 'bas.vanrijn'))
    first.close()
    const again = await pc('pc-restart')
    const state = await again.session()
    expect(state.user).toBeNull()
    expect(state.today.map((u) => u.id)).toEqual(['bas.vanrijn', 'eline.prins'])
    await offline(async () => {
      expect(stateOf(await signIn(again, 'eline.prins', { pin: false }))).toMatchObject({ user: { id: 'eline.prins' }, mode: 'offline' })
      expect(stateOf(await again.call('session.switch', { staffId: 'bas.vanrijn', pin: pinOf('bas.vanrijn') }))).toMatchObject({ user: { id: 'bas.vanrijn' }, mode: 'offline' })
    })
  })

  it('never lets a token, verifier, password or PIN cross the bridge', async () => {
    const secrets = Object.values(demoPasswords).flatMap((c) => [c.password, `"${c.pin}"`])
    for (const p of pcs) {
      for (const text of p.crossed) {
        expect(text).not.toMatch(/token|scrypt\$/i)
        for (const secret of secrets) expect(text).not.toContain(secret)
      }
    }
    expect(pcs.reduce((n, p) => n + p.crossed.length, 0)).toBeGreaterThan(50)
  })
})
