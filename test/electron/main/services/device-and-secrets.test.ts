import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadDeviceIdentity } from '../../../../electron/main/services/device-identity'
import {
  createDevFileSecretStore, createSafeStorageSecretStore, secretGenerator, type SafeStorageLike,
} from '../../../../electron/main/services/secret-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'locatiedesk-secrets-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

// Stands in for Electron's safeStorage: reversible, but visibly not plain text.
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
  decryptString: (data) => Buffer.from([...data].map((b) => b ^ 0x5a)).toString(),
}

describe('device identity', () => {
  it('is generated once and kept', async () => {
    const first = await loadDeviceIdentity(dir)
    expect(first.deviceId).toMatch(/^[0-9a-f-]{36}$/)
    expect((await loadDeviceIdentity(dir)).deviceId).toBe(first.deviceId)
    const other = await mkdtemp(join(tmpdir(), 'locatiedesk-secrets-'))
    try {
      expect((await loadDeviceIdentity(other)).deviceId).not.toBe(first.deviceId)
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })

  it('refuses to overwrite a damaged identity file', async () => {
    await writeFile(join(dir, 'device.json'), '{"something":"else"}')
    await expect(loadDeviceIdentity(dir)).rejects.toThrow(/not a device identity/)
  })
})

describe('secret stores', () => {
  it('safeStorage store keeps only encrypted values on disk', async () => {
    const store = createSafeStorageSecretStore(dir, fakeSafeStorage)
    await store.set('db.encryptionKey', 'geheim-123')
    expect(await store.get('db.encryptionKey')).toBe('geheim-123')
    expect(await store.get('missing')).toBeNull()
    const raw = await readFile(join(dir, 'secrets.json'), 'utf8')
    expect(raw).not.toContain('geheim-123')
    expect((await stat(join(dir, 'secrets.json'))).mode & 0o777).toBe(0o600)
  })

  it('safeStorage store refuses to work without OS encryption', async () => {
    const store = createSafeStorageSecretStore(dir, { ...fakeSafeStorage, isEncryptionAvailable: () => false })
    await expect(store.set('x', 'y')).rejects.toThrow(/not available/)
  })

  it('development file store is mode 0600 and marked as development-only', async () => {
    const store = createDevFileSecretStore(dir)
    await store.set('a', '1')
    await store.set('b', '2')
    expect([await store.get('a'), await store.get('b')]).toEqual(['1', '2'])
    const raw = JSON.parse(await readFile(join(dir, 'secrets.json'), 'utf8')) as { warning: string }
    expect(raw.warning).toMatch(/development-only/)
    expect((await stat(join(dir, 'secrets.json'))).mode & 0o777).toBe(0o600)
  })

  it('concurrent first requests for a secret share one generated value, kept across restarts', async () => {
    let generated = 0
    const getOrCreate = secretGenerator(createDevFileSecretStore(dir), () => `key-${++generated}`)
    const keys = await Promise.all([getOrCreate('db.encryptionKey'), getOrCreate('db.encryptionKey'), getOrCreate('db.encryptionKey')])
    expect(new Set(keys)).toEqual(new Set(['key-1']))
    const afterRestart = secretGenerator(createDevFileSecretStore(dir), () => 'never')
    expect(await afterRestart('db.encryptionKey')).toBe('key-1')
  })

  it('concurrent writes of different secrets all survive', async () => {
    const store = createDevFileSecretStore(dir)
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.set(`s${i}`, `v${i}`)))
    for (let i = 0; i < 10; i++) expect(await store.get(`s${i}`)).toBe(`v${i}`)
  })
})
