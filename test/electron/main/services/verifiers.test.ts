// The PC's verifiers (F1): scrypt with a random salt, no secret kept, a damaged or tampered store
// never trusted; the store keeps everything in one secret-store entry and survives a reload.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkVerifier, makeVerifier } from '../../../../electron/main/services/scrypt-verifier'
import { createDevFileSecretStore } from '../../../../electron/main/services/secret-store'
import { createVerifierStore, VERIFIERS_SECRET, type UserVerifier } from '../../../../electron/main/services/verifier-store'

const cheap = { N: 1024, r: 8, p: 1 }
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'locatiedesk-verifiers-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('scrypt verifiers', () => {
  it('accept the secret only, salt every verifier, and never contain the secret', async () => {
    const a = await makeVerifier('demo-anouk', cheap)
    const b = await makeVerifier('demo-anouk', cheap)
    expect(a).not.toBe(b)
    expect(a).not.toContain('demo-anouk')
    expect(await checkVerifier('demo-anouk', a)).toBe(true)
    expect(await checkVerifier('demo-anouk', b)).toBe(true)
    expect(await checkVerifier('demo-anoek', a)).toBe(false)
    expect(await checkVerifier('', a)).toBe(false)
  })

  it('refuse anything that is not one of ours, or asks for an absurd cost, without throwing', async () => {
    const good = await makeVerifier('1234', cheap)
    const [, , r, p, salt, key] = good.split('$')
    for (const bad of ['', 'plain', good.replace('scrypt', 'bcrypt'), `scrypt$${2 ** 24}$${r}$${p}$${salt}$${key}`,
      `scrypt$1024$${r}$${p}$$${key}`, `scrypt$1024$${r}$${p}$${salt}$AAAA`, `scrypt$-1$${r}$${p}$${salt}$${key}`]) {
      expect(await checkVerifier('1234', bad)).toBe(false)
    }
  })
})

describe('verifier store', () => {
  const user = (id: string): UserVerifier => ({
    profile: { id, name: id, role: 'groepsmedewerker', locationIds: ['loc-a'] },
    password: 'scrypt$1$1$1$a$b', pin: null, signedInAt: '2026-03-02T07:00:00.000Z', expiresAt: '2026-03-16T07:00:00.000Z',
    wrongPasswords: 2, blockedUntil: null, wrongPins: 1,
  })

  it('keeps users and today in one entry, across a reload', async () => {
    const secrets = createDevFileSecretStore(dir)
    const memory = await createVerifierStore(secrets).load()
    expect(memory.users.size).toBe(0)
    memory.users.set('a', user('a'))
    memory.users.set('b', user('b'))
    memory.today = { date: '2026-03-02', ids: ['b', 'a'] }
    await createVerifierStore(secrets).save(memory)
    const again = await createVerifierStore(createDevFileSecretStore(dir)).load()
    expect([...again.users.values()]).toEqual([user('a'), user('b')])
    expect(again.today).toEqual({ date: '2026-03-02', ids: ['b', 'a'] })
  })

  it('drops a damaged entry, and users that do not fit, instead of trusting them', async () => {
    const secrets = createDevFileSecretStore(dir)
    await secrets.set(VERIFIERS_SECRET, '{not json')
    expect((await createVerifierStore(secrets).load()).users.size).toBe(0)
    await secrets.set(VERIFIERS_SECRET, JSON.stringify({
      version: 1,
      users: [user('a'), { ...user('b'), password: 7 }, { ...user('c'), profile: { ...user('c').profile, role: 'directeur' } }, '__proto__'],
      today: { date: '2026-03-02', ids: ['b', 'a', 'x'] },
    }))
    const memory = await createVerifierStore(secrets).load()
    expect([...memory.users.keys()]).toEqual(['a'])
    expect(memory.today.ids).toEqual(['a'])
  })
})

describe('secret store delete', () => {
  it('forgets one secret and keeps the others', async () => {
    const secrets = createDevFileSecretStore(dir)
    await secrets.set('device.token', 't')
    await secrets.set('db.encryptionKey', 'k')
    await secrets.delete('device.token')
    await secrets.delete('absent')
    expect(await secrets.get('device.token')).toBeNull()
    expect(await secrets.get('db.encryptionKey')).toBe('k')
  })
})
