// Every document a PC holds in one collection, read straight from IndexedDB in its page (RxDB's Dexie
// storage: database 'rxdb-dexie-locatiedesk--0--<collection>', table 'docs'), tombstones included.
import type { Page } from '@playwright/test'

export async function localDocuments(page: Page, collection: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      if (!db.objectStoreNames.contains('docs')) return []
      const store = db.transaction('docs', 'readonly').objectStore('docs')
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = store.getAll()
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[])
        request.onerror = () => reject(request.error)
      })
    } finally {
      db.close()
    }
  }, `rxdb-dexie-locatiedesk--0--${collection}`)
}
