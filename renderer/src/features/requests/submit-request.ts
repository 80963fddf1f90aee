// The command behind `Aanbieden ter goedkeuring`: stores the request and, when a balance pays, its
// reservation (R20: held at once), locally, and returns at once (the replication takes both to the
// server, which refuses a reservation the valid balance does not cover and tells this PC). The
// request goes first: a reservation is never left without its request.
import type { RxCollection } from 'rxdb'
import type { LedgerEntry, Request } from '../../../../shared/domain'
import { insertFact } from '../attendance/insert-fact'

export async function submitRequest(
  db: { requests: RxCollection<Request>; ledger: RxCollection<LedgerEntry> },
  built: { request: Request; reservation: LedgerEntry | null },
): Promise<{ reserved: boolean }> {
  await db.requests.insert(built.request)
  const reserved = built.reservation !== null && (await insertFact(db.ledger, built.reservation))
  return { reserved }
}
