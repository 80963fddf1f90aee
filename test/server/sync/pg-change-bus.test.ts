// LISTEN/NOTIFY fan-out between server instances (DESIGN §1): two apps on one real PostgreSQL, each
// with its own pool and its own bus, as two instances behind a load balancer. PGlite lives inside
// one process and cannot show this, so it runs on PostgreSQL only (and says why when skipped).
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChangeEvent, SyncDoc } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import type { Db } from '../../../server/db/db'
import { openChangeBus } from '../../../server/sync/open-change-bus'
import { eventsOf, openPgChangeBus, type PgChangeBus } from '../../../server/sync/pg-change-bus'
import { createPushValidator } from '../../../server/sync/validate-push'
import { databaseUrl, describeOnDatabases } from '../../support/pg-databases'
import { addDevice, addStaff, staffMember, type TestDevice } from '../support/devices'
import { openSseClient, type SseClient } from '../support/sse-client'
import { fact, journalEntry, now } from './checks/documents'

const validatePush = createPushValidator({ clock: () => now })
const idsOf = (changes: readonly ChangeEvent[], collection = 'journal') =>
  changes.filter((c) => c.collection === collection).flatMap((c) => c.documents.map((d) => d.id))

describe('change events from stored rows', () => {
  it('are one event per run of a collection, in seq order, each with its run\'s last seq', () => {
    const row = (collection: string, id: string, seq: number) => ({ collection, data: { id, _deleted: false } as SyncDoc, seq })
    expect(eventsOf([row('journal', 'a', 4), row('journal', 'b', 5), row('notices', 'n', 6), row('journal', 'c', 9)])).toEqual([
      { collection: 'journal', documents: [{ id: 'a', _deleted: false }, { id: 'b', _deleted: false }], checkpoint: { seq: 5 } },
      { collection: 'notices', documents: [{ id: 'n', _deleted: false }], checkpoint: { seq: 6 } },
      { collection: 'journal', documents: [{ id: 'c', _deleted: false }], checkpoint: { seq: 9 } },
    ])
  })
})

describeOnDatabases('fan-out across server instances (LISTEN/NOTIFY)', (current) => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step()
  })

  /** One PC of the journal's location pushes and listens through every instance; its author may unlock lists. */
  let pc: TestDevice
  beforeEach(async () => {
    pc = await addDevice(current().db, ['loc-1'])
    await addStaff(current().db, [staffMember(fact.by, 'manager', ['loc-1'])])
  })

  /** One server instance: its own pool, its own listening bus, its own HTTP port. */
  async function instance(channel: string, onError?: (error: unknown) => void) {
    const db: Db = await current().openAnother!({ max: 3 })
    const bus: PgChangeBus = await openPgChangeBus({
      connectionString: databaseUrl!, db, channel, reconnect: { baseMs: 1_000, maxMs: 2_000 }, ...(onError ? { onError } : {}),
    })
    const app: FastifyInstance = buildApp({ db, bus, validatePush })
    await app.listen({ port: 0, host: '127.0.0.1' })
    cleanup.push(async () => {
      await app.close()
      await bus.close()
    })
    const port = (app.server.address() as AddressInfo).port
    const pushTo = async (collection: string, docs: SyncDoc[]) => {
      const res = await fetch(`http://127.0.0.1:${port}/sync/${collection}/push`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...pc.headers },
        body: JSON.stringify({ rows: docs.map((d) => ({ newDocumentState: d })) }),
      })
      expect(res.status).toBe(200)
      return res.json() as Promise<{ conflicts: SyncDoc[] }>
    }
    const listen = async (): Promise<SseClient> => {
      const client = openSseClient(port, pc.token)
      cleanup.push(() => client.close())
      await client.connected
      return client
    }
    return { pushTo, listen }
  }
  /** Channels are database-wide: each test gets its own, so parallel test files never hear each other. */
  const freshChannel = () => `changes_${randomBytes(6).toString('hex')}`

  it('brings a change pushed to instance A to an event stream on instance B, and to A\'s own', async () => {
    const channel = freshChannel()
    const a = await instance(channel)
    const b = await instance(channel)
    const onB = await b.listen()
    const onA = await a.listen()
    const doc = journalEntry({ id: 'ontgrendeld:a' })
    await a.pushTo('journal', [doc])
    for (const client of [onB, onA]) {
      await client.waitFor((c) => idsOf(c).includes(doc.id))
      // seq 1 is the author's staff document, written before the streams opened.
      expect(client.changes).toEqual([{ collection: 'journal', documents: [doc], checkpoint: { seq: 2 } }])
    }
  })

  it('delivers the writes of both instances to every stream in seq order, notices included', async () => {
    const channel = freshChannel()
    const a = await instance(channel)
    const b = await instance(channel)
    const onB = await b.listen()
    const pushes = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).pushTo('journal', [journalEntry({ id: `ontgrendeld:${i}` })]))
    // A refused document on A: its notice is a change like any other.
    pushes.push(a.pushTo('journal', [journalEntry({ id: 'te-laat', at: '2027-01-01T00:00:00.000Z' })]))
    await Promise.all(pushes)
    await onB.waitFor((c) => idsOf(c).length === 20 && idsOf(c, 'notices').length === 1)
    const seqs = onB.changes.map((c) => c.checkpoint.seq)
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
    expect(new Set(seqs).size).toBe(21)
    expect(new Set(idsOf(onB.changes))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `ontgrendeld:${i}`)))
  })

  it('catches up after losing its listening connection: nothing written meanwhile is missed', async () => {
    const channel = freshChannel()
    const errors: unknown[] = []
    const a = await instance(channel)
    const b = await instance(channel, (error) => errors.push(error))
    const onB = await b.listen()
    await a.pushTo('journal', [journalEntry({ id: 'ontgrendeld:voor' })])
    await onB.waitFor((c) => idsOf(c).length === 1)

    // Cut B's listening session (A's too: both listen on this channel) from the database side.
    const cut = await current().db.query<{ ok: boolean }>(
      'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE query = $1', [`LISTEN "${channel}"`])
    expect(cut.length).toBe(2)
    await expect.poll(() => errors.length).toBeGreaterThan(0)
    // B reconnects a second after the loss at the earliest: this push happens while nobody listens.
    await a.pushTo('journal', [journalEntry({ id: 'ontgrendeld:tijdens' })])
    await onB.waitFor((c) => idsOf(c).includes('ontgrendeld:tijdens'), 10_000)
    expect(idsOf(onB.changes)).toEqual(['ontgrendeld:voor', 'ontgrendeld:tijdens'])
    // And it listens again afterwards.
    await a.pushTo('journal', [journalEntry({ id: 'ontgrendeld:na' })])
    await onB.waitFor((c) => idsOf(c).includes('ontgrendeld:na'))
  })

  it('is the bus a server on PostgreSQL picks (PGlite keeps the in-process one)', async () => {
    const opened = await openChangeBus(current().db, { databaseUrl: databaseUrl!, channel: freshChannel() })
    cleanup.push(() => opened.close())
    expect(opened.kind).toBe('listen-notify')
    expect(opened.bus.announceWithin).toBeTypeOf('function')
  })
}, ['postgres'])

describeOnDatabases('the change bus on PGlite', (current) => {
  it('is the in-process bus', async () => {
    const opened = await openChangeBus(current().db, { databaseUrl: null })
    expect(opened.kind).toBe('local')
    expect(opened.bus.announceWithin).toBeUndefined()
    await opened.close()
  })
}, ['pglite'])
