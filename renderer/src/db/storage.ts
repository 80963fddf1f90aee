// The local store: IndexedDB through Dexie, with the sensitive fields (medical notes, absence
// reasons, signatures; the schemas' `encrypted` lists) encrypted by RxDB's crypto-js plugin with the
// key main keeps in safeStorage (DESIGN §5). In development documents are also validated against
// their schemas on every write (RxDB's dev-mode insists), which is too slow for production.
// ajv compiles validators with `new Function`: a development page needs 'unsafe-eval' in its CSP;
// the built app does not even contain it (the import sits behind `import.meta.env.DEV`). z-schema, which needs no eval, refuses
// the domain's instant pattern as "potentially unsafe".
import type { RxStorage } from 'rxdb'
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie'
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js'

/** Wrap any base storage the way the app does (tests pass the memory storage). */
export async function protectStorage<I, O>(base: RxStorage<I, O>, validate: boolean): Promise<RxStorage<I, O>> {
  const encrypted = wrappedKeyEncryptionCryptoJsStorage({ storage: base })
  if (!import.meta.env.DEV || !validate) return encrypted
  // Validation outside encryption: it must see the plaintext document, not the ciphertext. Deletions
  // are not validated: a tombstone from the server keeps no data (live-document-validation.ts).
  const { wrappedValidateLiveDocumentsStorage } = await import('./live-document-validation')
  return wrappedValidateLiveDocumentsStorage({ storage: encrypted })
}

export function browserStorage(dev: boolean) {
  return protectStorage(getRxStorageDexie(), dev)
}
