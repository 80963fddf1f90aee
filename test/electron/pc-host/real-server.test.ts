// Two PC hosts against the REAL server (server/app.ts on an embedded PGlite in a temp folder): each
// registered by a manager through its bridge, the transport speaks the server's wire with the device
// token, a push from one PC reaches the other PC's page as an event.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import { buildApp } from '../../../server/app'
import { acceptWellFormed } from '../../../server/sync/validate-push'
import type { Db } from '../../../server/db/db'
import { openDatabase } from '../../../server/db/open-db'
import { ensureDemoAccounts } from '../../../server/demo/demo-accounts'
import { insertInBatches } from '../../../server/demo/document-batches'
import { demoPasswords, demoStaff } from '../../../shared/demo'
import { freshPgliteDataDir } from '../../support/pg-lite-template'
import { startPcHost, type PcHost } from '../../../electron/pc-host/index'

let root: string
let db: Db
let app: FastifyInstance
let pc1: PcHost
let pc2: PcHost
let pgDir: string
const marieke = demoStaff.find((s) => s.id === 'marieke.jansen')!
const location = marieke.locationIds[0]!

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'locatiedesk-real-'))
  pgDir = await freshPgliteDataDir()
  db = await openDatabase({ databaseUrl: null, dataDir: pgDir })
  await insertInBatches(db, { staff: demoStaff }, { author: 'test', device: null, clientTime: null })
  await ensureDemoAccounts(db, { N: 1024, r: 8, p: 1 })
  // This test is about the transport between PC host and server, not the domain checks: it pushes
  // minimal documents, so the server checks only their shape.
  app = buildApp({ db, validatePush: acceptWellFormed })
  const serverUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  const fast = { streamBackoff: { baseMs: 50, maxMs: 500 } }
  pc1 = await startPcHost({ serverUrl, dataDir: join(root, 'pc-1'), rendererDir: root, transport: fast })
  pc2 = await startPcHost({ serverUrl, dataDir: join(root, 'pc-2'), rendererDir: root, transport: fast })
}, 120_000)

afterAll(async () => {
  await pc1?.close()
  await pc2?.close()
  await app?.close()
  await db?.close()
  await rm(root, { recursive: true, force: true })
  if (pgDir) await rm(pgDir, { recursive: true, force: true })
})

async function connect(host: PcHost) {
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, { origin: `http://127.0.0.1:${host.port}` })
  const frames: Record<string, unknown>[] = []
  socket.on('message', (data) => frames.push(JSON.parse(data.toString()) as Record<string, unknown>))
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  let id = 0
  async function call(method: string, args: unknown): Promise<Record<string, unknown>> {
    const callId = ++id
    socket.send(JSON.stringify({ id: callId, method, args }))
    await vi.waitFor(() => expect(frames.some((f) => f.id === callId)).toBe(true), { timeout: 10_000 })
    return frames.find((f) => f.id === callId)!
  }
  return { frames, call, close: () => socket.close() }
}

describe('PC hosts against the real server', () => {
  it('push on one PC, pull and a live change event on the other', async () => {
    const a = await connect(pc1)
    const b = await connect(pc2)
    for (const client of [a, b]) {
      const registered = await client.call('device.register', { staffId: marieke.id, password: demoPasswords[marieke.id]!.password, name: 'Groepsruimte', locationIds: [location] })
      expect(registered).toMatchObject({ result: { locationIds: [location], registeredBy: marieke.id } })
    }
    expect(pc1.deviceId).not.toBe(pc2.deviceId)
    await vi.waitFor(async () => expect(((await b.call('sync.status', {})).result as { online: boolean }).online).toBe(true), { timeout: 10_000 })

    const doc = { id: '2026-03-02:groep-1', _deleted: false, locationId: location, entries: [] }
    const pushed = await a.call('sync.push', { collection: 'attendance', rows: [{ newDocumentState: doc }] })
    expect(pushed).toMatchObject({ result: { conflicts: [] } })

    await vi.waitFor(() => {
      const change = b.frames.find((f) => f.event === 'sync.event' && (f.payload as { kind: string }).kind === 'change')
      expect(change?.payload).toMatchObject({ kind: 'change', change: { collection: 'attendance', documents: [doc] } })
    }, { timeout: 10_000 })

    const pulled = await b.call('sync.pull', { collection: 'attendance', checkpoint: null, batchSize: 10 })
    expect((pulled.result as { documents: unknown[] }).documents).toEqual([doc])

    // The same push again (a retry) is accepted; a stale assumed state comes back as a conflict.
    expect(await a.call('sync.push', { collection: 'attendance', rows: [{ newDocumentState: doc }] })).toMatchObject({ result: { conflicts: [] } })
    const stale = await b.call('sync.push', {
      collection: 'attendance',
      rows: [{ newDocumentState: { ...doc, entries: ['x'] }, assumedMasterState: { ...doc, entries: ['old'] } }],
    })
    expect(stale).toMatchObject({ result: { conflicts: [doc] } })
    a.close()
    b.close()
  })
})
