// The command behind `Acties` + `Toepassen`: one decision added to many requests (R20) and the balance
// each holds settled beside it (R20: made final on approval, released when a request ends without
// care), with the requests feature's own rules for both (withDecision, settleReservation), so a bulk
// decision is exactly what the same decision taken one request at a time would write.
// Written in chunks, each in a few storage writes, not one write per request: every decision goes
// through RxDB's incremental write queue, which coalesces the chunk's modifications into one bulk
// write, and each is still judged inside that write against the newest local state — a decision
// another PC's replicated one beat in the meantime is refused here, not overwritten (a plain
// bulkUpsert would overwrite it). The settlements go in with one bulkInsert per chunk.
import type { RxCollection } from 'rxdb'
import type { LedgerEntry, Request } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { assertReservationHeld, DecisionRefusedError } from '../requests/record-decision'
import { withDecision, type DecisionInput } from '../requests/request-decision'
import { settleReservation } from '../requests/reservation-settlement'
import type { DecisionAction } from './decision-actions'
import { LocalStoreError } from '../../db/local-store-error'

/** Requests per chunk: large enough to keep writes few, small enough to show progress. */
export const BULK_CHUNK = 250

export interface BulkItem {
  id: string
  /** R11: approved although the group has no room (the shared reason is recorded with it). */
  withoutRoom: boolean
}

export interface BulkDecision {
  status: DecisionAction
  by: string
  device: string
  at: Date
  /** The one reason given for the approvals without room. */
  reason?: string
}

export interface BulkOutcome {
  decided: Request[]
  refused: { id: string; code: string; message: string }[]
  /** Ledger entries written (besteed, vrijgegeven). */
  settlements: number
}

type Collections = { requests: RxCollection<Request>; ledger: RxCollection<LedgerEntry> }

function inputFor(item: BulkItem, d: BulkDecision): DecisionInput {
  return {
    status: d.status, by: d.by, device: d.device, at: d.at,
    ...(item.withoutRoom ? { withoutRoom: true, reason: d.reason ?? '' } : {}),
  }
}

function refusal(id: string, error: unknown): { id: string; code: string; message: string } {
  if (error instanceof DecisionRefusedError) return { id, code: error.code, message: error.message }
  return { id, code: 'fout', message: error instanceof Error ? error.message : String(error) }
}

async function decideChunk(db: Collections, items: readonly BulkItem[], d: BulkDecision, outcome: BulkOutcome): Promise<void> {
  const docs = await db.requests.findByIds(items.map((i) => i.id)).exec()
  const held = await db.ledger.findByIds(items.map((i) => ledgerIds.reservation(i.id))).exec()
  const before = new Map<string, Request>()
  // Started together, without awaiting one another: RxDB's write queue takes them as one batch.
  const writes = items.map(async (item) => {
    const doc = docs.get(item.id)
    if (!doc) throw new DecisionRefusedError('onbekende-aanvraag', 'Deze aanvraag staat niet op deze pc.')
    const input = inputFor(item, d)
    const written = await doc.incrementalModify((current) => {
      const result = withDecision(current, input)
      if (!result.ok) throw new DecisionRefusedError(result.code, result.message)
      assertReservationHeld(current, d.status, held.get(ledgerIds.reservation(item.id))?.toMutableJSON() ?? null)
      before.set(item.id, current)
      return result.request
    })
    return written.toMutableJSON()
  })
  const results = await Promise.allSettled(writes)
  const decided: Request[] = []
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') decided.push(r.value)
    else outcome.refused.push(refusal(items[i]!.id, r.reason))
  })

  const reservations = await db.ledger.findByIds(decided.map((r) => ledgerIds.reservation(r.id))).exec()
  const settlements = decided.flatMap((request) => {
    const previous = before.get(request.id)
    if (previous === undefined) return []
    const settlement = settleReservation({
      request: previous, to: d.status, by: d.by, device: d.device, at: d.at,
      reservation: reservations.get(ledgerIds.reservation(request.id))?.toMutableJSON() ?? null,
    })
    return settlement ? [settlement] : []
  })
  if (settlements.length > 0) {
    const { error } = await db.ledger.bulkInsert(settlements)
    // 409: the same fact is there already (another PC settled the same decision): it stands.
    const failed = error.filter((e) => e.status !== 409)
    if (failed.length > 0) throw new LocalStoreError(`Tegoedboeking niet opgeslagen: ${failed.map((e) => e.documentId).join(', ')}`)
    outcome.settlements += settlements.length - error.length
  }
  outcome.decided.push(...decided)
}

export async function recordDecisions(
  db: Collections, items: readonly BulkItem[], decision: BulkDecision, onProgress?: (done: number, total: number) => void,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { decided: [], refused: [], settlements: 0 }
  for (let start = 0; start < items.length; start += BULK_CHUNK) {
    await decideChunk(db, items.slice(start, start + BULK_CHUNK), decision, outcome)
    onProgress?.(Math.min(start + BULK_CHUNK, items.length), items.length)
  }
  return outcome
}
