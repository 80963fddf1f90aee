// What a PC has stored, read straight from IndexedDB in its page (RxDB's Dexie storage: one database
// per collection, 'rxdb-dexie-locatiedesk--0--<collection>', table 'docs', keyed by id). A spec waits
// on this when it must know a replicated change has landed before it acts on it: "Online" says the
// connection is back, not that the pull after it has finished.
import type { Page } from '@playwright/test'

/** The stored document (fields as RxDB keeps them), or null when the PC does not have it. */
export async function localDocument(page: Page, collection: string, id: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(async ({ name, key }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      if (!db.objectStoreNames.contains('docs')) return null
      const store = db.transaction('docs', 'readonly').objectStore('docs')
      const doc = await new Promise<unknown>((resolve, reject) => {
        const request = store.get(key)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      return (doc ?? null) as Record<string, unknown> | null
    } finally {
      db.close()
    }
  }, { name: `rxdb-dexie-locatiedesk--0--${collection}`, key: id })
}
