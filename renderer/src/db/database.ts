// Opens the PC's local database. Nothing waits for the network: a write is done when it is in
// IndexedDB (DESIGN §1); replication.ts moves it to the server later.
import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb'
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents'
import { collectionNames, type CollectionName } from '../../../shared/domain/collections'
import type { Notice } from '../../../shared/domain'
import { childName } from '../features/attendance/attendance-rows'
import type { LostChangeRecorder } from './attendance-conflict-handler'
import { collectionCreators } from './collections'
import type { LocatiedeskDatabase } from './collection-types'
import { LocalStoreError } from './local-store-error'

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
  /**
   * This PC's registered id: with it, an attendance change of this PC that loses a conflict is written
   * down as a notice for this PC (F7). Without it (tests that only merge) nothing is written.
   */
  deviceId?: string
  /** The server-corrected clock for those notices (SPEC §4). */
  now?: () => Date
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
  const names = options.collections ?? collectionNames
  // The conflict handler is handed over with the collections, before they exist: it finds them
  // through this reference once the database is open (conflicts only arise once replication runs).
  let opened: LocatiedeskDatabase | null = null
  const recorder = (): LostChangeRecorder | null =>
    opened && options.deviceId !== undefined ? lostChangeRecorder(opened, options.deviceId, options.now ?? (() => new Date())) : null
  await db.addCollections(collectionCreators(names, recorder))
  opened = db
  return db
}

function lostChangeRecorder(db: LocatiedeskDatabase, deviceId: string, now: () => Date): LostChangeRecorder | null {
  const notices = db.collections.notices
  if (!notices) return null
  return {
    deviceId,
    now,
    async childName(childId) {
      const child = db.collections.children ? await db.collections.children.findOne(childId).exec() : null
      return child ? childName(child) : null
    },
    async staffName(staffId) {
      const staff = db.collections.staff ? await db.collections.staff.findOne(staffId).exec() : null
      return staff ? staff.name : null
    },
    async write(docs: Notice[]) {
      const result = await notices.bulkInsert(docs)
      // 409: written by an earlier resolve of the same conflict, which may have been marked read since.
      const failed = result.error.filter((error) => error.status !== 409)
      if (failed.length > 0) throw new LocalStoreError(`Melding niet opgeslagen (${failed.map((e) => e.status).join(', ')})`)
    },
  }
}
