// What the PC has stored, read straight from IndexedDB in the page: RxDB's Dexie storage keeps each
// collection in its own database ('rxdb-dexie-<db>--<schema version>--<collection>', table 'docs',
// `_deleted` as '0' / '1'). Attendance has no encrypted fields, so its entries can be counted.

export interface LocalCount {
  documents: number
  entries: number
}

export interface StoreShape {
  keyPath: string | string[] | null
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[]
}

/** Serialised into the page: self-contained. */
export async function countLocalAttendance(dbName: string): Promise<LocalCount> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  try {
    if (!db.objectStoreNames.contains('docs')) return { documents: 0, entries: 0 }
    const store = db.transaction('docs', 'readonly').objectStore('docs')
    return await new Promise<LocalCount>((resolve, reject) => {
      let documents = 0
      let entries = 0
      const cursor = store.openCursor()
      cursor.onsuccess = () => {
        const c = cursor.result
        if (!c) return resolve({ documents, entries })
        const doc = c.value as { _deleted?: string | boolean; entries?: unknown[] }
        if (doc._deleted !== '1' && doc._deleted !== true) {
          documents += 1
          entries += doc.entries?.length ?? 0
        }
        c.continue()
      }
      cursor.onerror = () => reject(cursor.error)
    })
  } finally {
    db.close()
  }
}

/** The object store RxDB made for the collection: its key and indexes, for the floor to copy. */
export async function readStoreShape(dbName: string): Promise<StoreShape> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  try {
    const store = db.transaction('docs', 'readonly').objectStore('docs')
    const indexes = [...store.indexNames].map((name) => {
      const index = store.index(name)
      return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry }
    })
    return { keyPath: store.keyPath, indexes }
  } finally {
    db.close()
  }
}
