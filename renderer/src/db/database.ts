// Opens the PC's local database. Nothing waits for the network: a write is done when it is in
// IndexedDB (DESIGN §1); replication.ts moves it to the server later.
import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb'
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents'
import { collectionNames, type CollectionName } from '../../../shared/domain/collections'
import { collectionCreators } from './collections'
import type { LocatiedeskDatabase } from './collection-types'

export interface OpenDatabaseOptions<I, O> {
  storage: RxStorage<I, O>
  /** From the bridge's `db.encryptionKey`: the password of RxDB's encryption plugin (≥ 8 characters). */
  password: string
  name?: string
  /**
   * The collections to open. The app opens all 12; a test may open fewer, because RxDB's
   * open-source build allows 13 open collections per JavaScript realm across all databases.
   */
  collections?: readonly CollectionName[]
  /** RxDB dev-mode: schema checks and readable errors; development only (DESIGN §7). */
  dev?: boolean
}

// RxDB plugins are global to the realm: add each once.
let localDocumentsAdded = false
let devModeAdded = false

async function addPlugins(dev: boolean): Promise<void> {
  if (!localDocumentsAdded) {
    // Local documents hold per-PC state that is never replicated (first-sync done, …).
    addRxPlugin(RxDBLocalDocumentsPlugin)
    localDocumentsAdded = true
  }
  // `import.meta.env.DEV` is a constant in a Vite build: the production bundle drops this branch and
  // with it the dev-mode chunk (and its iframe to an outside site, DESIGN §7), whatever `dev` says.
  if (import.meta.env.DEV && dev && !devModeAdded) {
    const { RxDBDevModePlugin } = await import('rxdb/plugins/dev-mode')
    addRxPlugin(RxDBDevModePlugin)
    devModeAdded = true
  }
}

export async function openDatabase<I, O>(options: OpenDatabaseOptions<I, O>): Promise<LocatiedeskDatabase> {
  await addPlugins(options.dev ?? false)
  const db = await createRxDatabase<LocatiedeskDatabase['collections']>({
    name: options.name ?? 'locatiedesk',
    storage: options.storage,
    password: options.password,
    localDocuments: true,
    // One window per PC: no cross-tab leader election, so replication starts at once.
    multiInstance: false,
  })
  await db.addCollections(collectionCreators(options.collections ?? collectionNames))
  return db
}
