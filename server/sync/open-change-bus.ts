// Which change bus a server uses, by its database: PGlite lives inside one process, so its
// in-process bus reaches every stream there is; a real PostgreSQL may have several server
// instances in front of it, so changes fan out through LISTEN/NOTIFY (pg-change-bus.ts).
import type { Db } from '../db/db'
import { createLocalChangeBus, type ChangeBus } from './change-bus'
import { openPgChangeBus } from './pg-change-bus'

export interface OpenedChangeBus {
  bus: ChangeBus
  kind: 'local' | 'listen-notify'
  close(): Promise<void>
}

export async function openChangeBus(
  db: Db, options: { databaseUrl: string | null; channel?: string; onError?: (error: unknown) => void },
): Promise<OpenedChangeBus> {
  if (db.kind === 'pglite' || options.databaseUrl === null) {
    return { bus: createLocalChangeBus(), kind: 'local', close: async () => undefined }
  }
  const bus = await openPgChangeBus({
    connectionString: options.databaseUrl, db,
    ...(options.channel !== undefined ? { channel: options.channel } : {}),
    ...(options.onError !== undefined ? { onError: options.onError } : {}),
  })
  return { bus, kind: 'listen-notify', close: () => bus.close() }
}
