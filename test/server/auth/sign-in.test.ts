// POST /auth/sign-in and /auth/sign-out on both databases, with a clock the test moves.
import { beforeEach, describe, expect, it } from 'vitest'
import type { ErrorBody, SignInResponse } from '../../../shared/api'
import { authenticate } from '../../../server/auth/authenticate'
import { hashSecret } from '../../../server/auth/secret-hash'
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS, signInMessages } from '../../../server/auth/sign-in'
import { SESSION_TTL_MS } from '../../../server/auth/session-tokens'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, cheapScrypt, passwordOf, people, seedPeople, START, testServer, type TestServer } from './auth-fixture'

describeOnDatabases('sign-in', (current) => {
  let server: TestServer
  beforeEach(async () => {
    await seedPeople(current().db)
    server = await testServer(current().db)
  })

  const signIn = (staffId: string, password: string) =>
    server.app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password } })
  const at = (ms: number) => { server.clock.now = new Date(START.getTime() + ms) }

  it('signs in with the right password: a random token, its expiry and who signed in', async () => {
    const res = await signIn('anouk.devries', passwordOf('anouk.devries'))
    expect(res.statusCode).toBe(200)
    const body = res.json() as { token: string; expiresAt: string; staff: unknown }
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/) // 32 bytes, base64url
    expect(body.expiresAt).toBe(new Date(START.getTime() + SESSION_TTL_MS).toISOString())
    expect(body.staff).toEqual({ id: 'anouk.devries', name: 'anouk devries', role: 'groepsmedewerker', locationIds: ['loc-a'] })
    // Only the token's hash is kept.
    const stored = await current().db.query<{ token_hash: string }>('SELECT token_hash FROM sessions')
    expect(stored).toHaveLength(1)
    expect(stored[0]?.token_hash).not.toBe(body.token)
    expect((await signIn('anouk.devries', passwordOf('anouk.devries'))).json()).not.toMatchObject({ token: body.token })
  })

  it('answers an unknown name exactly as a wrong password', async () => {
    const wrong = await signIn('anouk.devries', 'fout-wachtwoord')
    const unknown = await signIn('niemand.bekend', 'fout-wachtwoord')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expect(wrong.json()).toMatchObject({ message: 'Onjuiste gebruikersnaam of wachtwoord' })
  })

  it(`locks after ${MAX_FAILED_SIGN_INS} failures in a row, even for the right password, and unlocks after 15 minutes`, async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) expect((await signIn('anouk.devries', `fout-${i}`)).statusCode).toBe(401)
    const locked = await signIn('anouk.devries', passwordOf('anouk.devries'))
    expect(locked.statusCode).toBe(429)
    expect(locked.json()).toMatchObject({ message: 'Te veel mislukte pogingen, probeer het over 15 minuten opnieuw' })
    // Another account is not affected.
    expect((await signIn('marieke.jansen', passwordOf('marieke.jansen'))).statusCode).toBe(200)

    at(LOCKOUT_MS - 1000)
    expect((await signIn('anouk.devries', passwordOf('anouk.devries'))).statusCode).toBe(429)
    at(LOCKOUT_MS + 1000)
    expect((await signIn('anouk.devries', passwordOf('anouk.devries'))).statusCode).toBe(200)
  })

  it('counts failures in a row only: a good sign-in starts the count again', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await signIn('anouk.devries', `fout-${i}`)
    expect((await signIn('anouk.devries', passwordOf('anouk.devries'))).statusCode).toBe(200)
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await signIn('anouk.devries', `fout-${i}`)
    expect((await signIn('anouk.devries', passwordOf('anouk.devries'))).statusCode).toBe(200)
  })

  it('refuses an inactive account, with the right password too', async () => {
    const res = await signIn('vincent.oud', passwordOf('vincent.oud'))
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ message: signInMessages.inactive })
    expect(await current().db.query('SELECT 1 FROM sessions')).toHaveLength(0)
  })

  it('a token stops working when it expires', async () => {
    const token = await server.signIn('anouk.devries')
    at(SESSION_TTL_MS - 1000)
    expect((await authenticate(current().db, token, server.clock.now))?.id).toBe('anouk.devries')
    at(SESSION_TTL_MS)
    expect(await authenticate(current().db, token, server.clock.now)).toBeNull()
    expect((await server.app.inject({ method: 'POST', url: '/auth/sign-out', headers: bearer(token) })).statusCode).toBe(401)
  })

  it('sign-out revokes the token, and only that one', async () => {
    const first = await server.signIn('marieke.jansen')
    const second = await server.signIn('marieke.jansen')
    const out = await server.app.inject({ method: 'POST', url: '/auth/sign-out', headers: bearer(first) })
    expect(out.statusCode).toBe(204)
    expect(await authenticate(current().db, first, server.clock.now)).toBeNull()
    expect((await authenticate(current().db, second, server.clock.now))?.id).toBe('marieke.jansen')
    // A revoked token no longer reaches the staff routes, and cannot be signed out twice.
    const patch = await server.app.inject({
      method: 'PATCH', url: `/staff/${people.groep.id}`, headers: bearer(first), payload: { name: 'Anouk' },
    })
    expect(patch.statusCode).toBe(401)
    expect((await server.app.inject({ method: 'POST', url: '/auth/sign-out', headers: bearer(first) })).statusCode).toBe(401)
    expect((await server.app.inject({ method: 'POST', url: '/auth/sign-out' })).statusCode).toBe(401)
  })

  it('stores hashes, never the password, and different ones for the same password', async () => {
    const { db } = current()
    await db.query('UPDATE accounts SET password_hash = $1 WHERE id = $2', [await hashSecret('zelfde-wachtwoord'), 'anouk.devries'])
    await db.query('UPDATE accounts SET password_hash = $1 WHERE id = $2', [await hashSecret('zelfde-wachtwoord'), 'iris.mulder'])
    const rows = await db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM accounts ORDER BY id')
    for (const r of rows) expect(r.password_hash).not.toContain(r.id === 'anouk.devries' ? 'zelfde' : passwordOf(r.id))
    const [a, b] = ['anouk.devries', 'iris.mulder'].map((id) => rows.find((r) => r.id === id)?.password_hash)
    expect(a).not.toBe(b)
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length)
    expect((await signIn('iris.mulder', 'zelfde-wachtwoord')).statusCode).toBe(200)
  })

  describe('with a PIN (the PC keeps a verifier for the quick switch, F1)', () => {
    const PIN = '4821'
    beforeEach(async () => {
      await current().db.query('UPDATE accounts SET pin_hash = $1 WHERE id = $2', [await hashSecret(PIN, cheapScrypt), people.groep.id])
    })
    const withPin = (staffId: string, password: string, pin?: string) =>
      server.app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password, ...(pin === undefined ? {} : { pin }) } })

    it('answers pinVerified: true for the right PIN, false when none was sent or the account has none', async () => {
      const right = await withPin(people.groep.id, passwordOf(people.groep.id), PIN)
      expect(right.statusCode).toBe(200)
      expect(right.json<SignInResponse>()).toMatchObject({ pinVerified: true, staff: { id: people.groep.id } })
      expect((await withPin(people.groep.id, passwordOf(people.groep.id))).json<SignInResponse>().pinVerified).toBe(false)
      const noPinAccount = await withPin(people.manager.id, passwordOf(people.manager.id), PIN)
      expect(noPinAccount.statusCode).toBe(200)
      expect(noPinAccount.json<SignInResponse>().pinVerified).toBe(false)
    })

    it('refuses a wrong PIN like a wrong password: same answer, and it counts towards the lock', async () => {
      const wrongPin = await withPin(people.groep.id, passwordOf(people.groep.id), '0000')
      const wrongPassword = await withPin(people.groep.id, 'fout-wachtwoord', PIN)
      expect(wrongPin.statusCode).toBe(401)
      expect(wrongPin.json()).toEqual(wrongPassword.json())
      expect(wrongPin.json<ErrorBody>()).toMatchObject({ code: 'onjuist', message: signInMessages.invalid })
      for (let i = 2; i < MAX_FAILED_SIGN_INS; i++) await withPin(people.groep.id, passwordOf(people.groep.id), `000${i}`)
      const locked = await withPin(people.groep.id, passwordOf(people.groep.id), PIN)
      expect(locked.statusCode).toBe(429)
      expect(locked.json<ErrorBody>().code).toBe('geblokkeerd')
      expect(await current().db.query('SELECT 1 FROM sessions')).toHaveLength(0)
    })

    it('gives each refusal the code main answers the bridge with', async () => {
      expect((await withPin('vincent.oud', passwordOf('vincent.oud'))).json<ErrorBody>().code).toBe('niet-actief')
      expect((await withPin('niemand.bekend', 'x', PIN)).json<ErrorBody>().code).toBe('onjuist')
      expect((await withPin(people.groep.id, passwordOf(people.groep.id), 'x'.repeat(65))).statusCode).toBe(400)
    })
  })
})
