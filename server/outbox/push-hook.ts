// Called by the sync route right after a push committed: enqueues what the stored documents owe the
// parents (outbox-enqueue.ts). The push has already succeeded, so a failure here is logged, never
// answered to the PC (a failed answer would make it push again, which stores nothing new and so
// enqueues nothing either). Known limit: a server that dies between the push's commit and this call
// loses those messages; the row-level idempotency (source_id) makes a later re-scan safe to add.
import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../db/db'
import type { StoredDoc } from '../sync/document-store'
import { enqueueForPush } from './outbox-enqueue'

const owing: ReadonlySet<string> = new Set(['journal', 'requests'])

export async function enqueueAfterPush(
  db: Db, collection: string, written: readonly StoredDoc[], log: FastifyBaseLogger, now: Date = new Date(),
): Promise<void> {
  if (!owing.has(collection) || written.length === 0) return
  try {
    const added = await enqueueForPush(db, collection, written, now)
    if (added > 0) log.info({ collection, messages: added }, 'outbox: messages queued')
  } catch (error) {
    log.error({ err: error, collection }, 'outbox: queueing messages after a push failed')
  }
}
