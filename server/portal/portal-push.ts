// A parent's act reaches the documents table the way a PC's does: through the push (sync/push.ts
// pushWithin), so every check of validate-push.ts judges it, as `by: 'ouderportaal'` from the
// portal's own caller. Unlike a PC, the portal gets its documents in ONE transaction: a request and
// its reservation (an absence and its credit) are stored together or not at all, and a refusal of
// either is the parent's answer (422), not a notice for a PC nobody reads.
import type { ChangeEvent, SyncDoc } from '../../shared/sync'
import type { Db } from '../db/db'
import { portalCaller, PARENT_PORTAL } from '../sync/checks/acting-as'
import type { Refusal } from '../sync/checks/refusal'
import type { OrderedPublisher, PublishSlot } from '../sync/ordered-publisher'
import { changeEvent, pushWithin } from '../sync/push'
import type { ValidatePush } from '../sync/validate-push'

export interface PortalPushDeps {
  db: Db
  publisher: OrderedPublisher
  validatePush: ValidatePush
}

export interface PortalWrite {
  collection: string
  doc: SyncDoc
}

export type PortalPushResult =
  | { ok: true }
  | { ok: false; refused: Refusal; id: string }
  /** The id is taken by a different stored document (or another caller stored it first). */
  | { ok: false; stored: SyncDoc; id: string }

/** Thrown inside the transaction to roll every write of the act back. */
class Stop extends Error {
  constructor(readonly result: PortalPushResult & { ok: false }) {
    super('portal push stopped')
  }
}

export async function pushAsParent(deps: PortalPushDeps, writes: readonly PortalWrite[]): Promise<PortalPushResult> {
  const meta = { author: null, device: PARENT_PORTAL, clientTime: null }
  let slot: PublishSlot | undefined
  const events: ChangeEvent[] = []
  try {
    await deps.db.tx(async (q) => {
      for (const write of writes) {
        const outcome = await pushWithin(q, write.collection, [{ newDocumentState: write.doc }], meta, deps.validatePush, portalCaller)
        const refused = outcome.refused[0]
        if (refused !== undefined) throw new Stop({ ok: false, refused: refused.refusal, id: write.doc.id })
        const conflict = outcome.conflicts[0]
        if (conflict !== undefined) throw new Stop({ ok: false, stored: conflict, id: write.doc.id })
        const event = changeEvent(write.collection, outcome.written)
        if (event !== null) events.push(event)
      }
      if (events.length > 0) await deps.publisher.announceWithin(q, events)
      slot = deps.publisher.reserve() // still under the counter lock: the commit order
    })
    slot?.fill(events)
    return { ok: true }
  } catch (error) {
    slot?.cancel()
    if (error instanceof Stop) return error.result
    throw error
  }
}
