// A PC's database for a test: RxDB on memory storage, protected (encrypted fields, schema validation)
// exactly as the app opens it, with only the collections the test needs; every one opened is closed
// after each test. Call at the top of a test file: `const pc = memoryPcs('rows', ['attendance'])`.
import { afterEach } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { CollectionName } from '../../../shared/domain'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'

export function memoryPcs(prefix: string, collections: CollectionName[]): () => Promise<LocatiedeskDatabase> {
  const opened: LocatiedeskDatabase[] = []
  let n = 0
  afterEach(async () => {
    for (const db of opened.splice(0)) if (!db.closed) await db.close()
  })
  return async () => {
    const db = await openDatabase({
      storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: `${prefix}-${++n}`, collections,
    })
    opened.push(db)
    return db
  }
}
