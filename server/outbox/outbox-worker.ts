// Delivers due messages: claims a batch (outbox-store.ts claimDue: no two workers, on one server or
// several, hold the same message), hands each to the sender, and records the outcome. A delivered
// `wachtwoord` message is marked sent and its `verzonden` fact written in ONE server write, so PCs
// never see "sent" for a message the outbox would send again. A failure is retried with growing
// pauses until maxAttempts, then the message is `mislukt` with the last error for customer service.
import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../db/db'
import { readDocuments } from '../sync/document-store'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { writeAsServer } from '../sync/server-write'
import { deliveredFact, deliveredFactId } from './delivered-fact'
import { claimDue, markFailed, markSent, type OutboxMessage } from './outbox-store'
import type { OutboxSender } from './sender'

export interface OutboxWorkerDeps {
  db: Db
  publisher: OrderedPublisher
  sender: OutboxSender
  maxAttempts: number
  now?: () => Date
  /** How long a claimed message is held by its worker before another may take it (default 5 min). */
  leaseMs?: number
  batchSize?: number
  /** The pause after failed attempt n (1-based); default 30 s doubling, at most an hour. */
  backoffMs?: (attempt: number) => number
}

export interface DeliveryRound {
  sent: number
  retried: number
  failed: number
}

export const defaultBackoffMs = (attempt: number): number => Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000)

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function recordDelivered(deps: OutboxWorkerDeps, message: OutboxMessage, at: Date): Promise<void> {
  const factId = message.payload.factId
  await writeAsServer(deps, async (q) => {
    await markSent(q, message.id, at)
    if (message.kind !== 'wachtwoord' || factId === undefined) return { result: undefined, writes: [] }
    // Sent again after a lease ran out: the first delivery's fact stands.
    if ((await readDocuments(q, 'journal', [deliveredFactId(factId)])).size > 0) return { result: undefined, writes: [] }
    const fact = deliveredFact({ factId, locationId: message.payload.locationId, channel: deps.sender.channel, deliveredAt: at })
    return { result: undefined, writes: [{ collection: 'journal', docs: [fact], meta: { author: 'systeem', device: 'server', clientTime: null } }] }
  })
}

/** One round: every due message of one batch, each to the sender once. */
export async function deliverDue(deps: OutboxWorkerDeps): Promise<DeliveryRound> {
  const now = deps.now ?? (() => new Date())
  const claimed = await deps.db.tx((q) => claimDue(q, { now: now(), limit: deps.batchSize ?? 50, leaseMs: deps.leaseMs ?? 300_000 }))
  const round: DeliveryRound = { sent: 0, retried: 0, failed: 0 }
  for (const message of claimed) {
    try {
      await deps.sender.send(message)
    } catch (error) {
      const giveUp = message.attempts >= deps.maxAttempts
      const retryAt = giveUp ? null : new Date(now().getTime() + (deps.backoffMs ?? defaultBackoffMs)(message.attempts))
      await markFailed(deps.db, message.id, errorText(error), retryAt)
      round[giveUp ? 'failed' : 'retried']++
      continue
    }
    await recordDelivered(deps, message, now())
    round.sent++
  }
  return round
}

export interface OutboxWorker {
  /** Runs a round now (tests, and after a push that queued something); rounds never overlap. */
  runNow(): Promise<void>
  stop(): Promise<void>
}

export function startOutboxWorker(deps: OutboxWorkerDeps & { everyMs: number; log: FastifyBaseLogger }): OutboxWorker {
  let running: Promise<void> | null = null
  const run = (): Promise<void> => {
    running ??= deliverDue(deps)
      .then((round) => {
        if (round.sent + round.retried + round.failed > 0) deps.log.info(round, 'outbox: delivery round')
      })
      .catch((error: unknown) => deps.log.error({ err: error }, 'outbox: delivery round failed'))
      .finally(() => {
        running = null
      })
    return running
  }
  const timer = setInterval(() => void run(), deps.everyMs)
  timer.unref()
  return {
    runNow: run,
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
