// Where the PC keeps its secrets (the database encryption key, the device token, the sign-in verifiers).
// In Electron: encrypted with the OS keychain through `safeStorage`. In the PC host (development
// and tests only): a plain file readable by this OS user only. Both keep a JSON map in one file.
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { readJsonFile, writePrivateJsonFile } from './private-file'

export interface SecretStore {
  get(name: string): Promise<string | null>
  set(name: string, value: string): Promise<void>
  /** Forget a secret (a revoked PC's device token); nothing happens when it is absent. */
  delete(name: string): Promise<void>
}

/** The part of Electron's `safeStorage` used here, so this file does not import Electron. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
}

export const SECRETS_FILE = 'secrets.json'

function fileBackedStore(file: string, encode: (v: string) => string, decode: (v: string) => string, marker: Record<string, string>): SecretStore {
  // One write at a time: two concurrent set() calls must not each rewrite the file from a stale map.
  let queue: Promise<unknown> = Promise.resolve()
  async function readMap(): Promise<Record<string, string>> {
    const stored = await readJsonFile(file)
    if (stored === undefined) return {}
    if (typeof stored !== 'object' || stored === null) throw new Error(`${file} is not a secret store`)
    const secrets = (stored as { secrets?: unknown }).secrets
    if (typeof secrets !== 'object' || secrets === null) return {}
    return Object.fromEntries(Object.entries(secrets).filter((e): e is [string, string] => typeof e[1] === 'string'))
  }
  function update(change: (secrets: Record<string, string>) => void): Promise<void> {
    const write = queue.then(async () => {
      const secrets = await readMap()
      change(secrets)
      await writePrivateJsonFile(file, { ...marker, secrets })
    })
    queue = write.catch(() => {})
    return write
  }
  return {
    async get(name) {
      await queue
      const value = (await readMap())[name]
      return value === undefined ? null : decode(value)
    },
    set(name, value) {
      return update((secrets) => {
        secrets[name] = encode(value)
      })
    },
    delete(name) {
      return update((secrets) => {
        delete secrets[name]
      })
    },
  }
}

export function createSafeStorageSecretStore(dataDir: string, safeStorage: SafeStorageLike): SecretStore {
  function available(): void {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('OS encryption (safeStorage) is not available: secrets cannot be kept on this PC')
  }
  return fileBackedStore(
    join(dataDir, SECRETS_FILE),
    (value) => {
      available()
      return safeStorage.encryptString(value).toString('base64')
    },
    (value) => {
      available()
      return safeStorage.decryptString(Buffer.from(value, 'base64'))
    },
    {},
  )
}

/**
 * DEVELOPMENT AND TESTS ONLY (the PC host): secrets in plain text in `<dataDir>/secrets.json`,
 * mode 0600. Never used by the Electron app; the PC host is never part of a packaged build.
 */
export function createDevFileSecretStore(dataDir: string): SecretStore {
  const identity = (value: string) => value
  return fileBackedStore(join(dataDir, SECRETS_FILE), identity, identity, {
    warning: 'development-only secret store of a PC host: plain text, never use on a real PC',
  })
}

/**
 * The secret under `name`, generated once when absent. Concurrent first calls share one generation:
 * two renderers asking for the database key at once must never end up with two different keys.
 */
export function secretGenerator(store: SecretStore, generate: () => string = () => randomBytes(32).toString('base64')) {
  const pending = new Map<string, Promise<string>>()
  return function getOrCreate(name: string): Promise<string> {
    let result = pending.get(name)
    if (!result) {
      result = (async () => {
        const existing = await store.get(name)
        if (existing !== null) return existing
        const value = generate()
        await store.set(name, value)
        return value
      })()
      pending.set(name, result)
      // A failure is not cached: the next call tries again.
      result.catch(() => pending.delete(name))
    }
    return result
  }
}
