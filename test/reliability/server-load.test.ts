// The load benchmark's generator (bench/support/load-*.ts, `npm run bench:load`) at tiny scale, so
// that its code cannot rot unnoticed: 4 simulated PCs at 2 demo locations push, pull and hold event
// streams for 3 s against a server with a short demo (PGlite, or the CI's PostgreSQL when
// DATABASE_URL is set). No errors, and every change a PC pushed reached the other PC of its location.
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { ensureDemoAccounts } from '../../server/demo/demo-accounts'
import { demoSource } from '../../server/demo/demo-source'
import { loadDemoIfEmpty } from '../../server/demo/load-demo'
import { runLoad } from '../../bench/support/load-run'
import { databaseUrl, openTestDatabase, type TestDatabase } from '../support/pg-databases'

let database: TestDatabase
let app: FastifyInstance
let url: string

beforeAll(async () => {
  database = await openTestDatabase(databaseUrl === null ? 'pglite' : 'postgres')
  await loadDemoIfEmpty(database.db, () => demoSource(new Date(), 2))
  await ensureDemoAccounts(database.db, { N: 1024, r: 8, p: 1 })
  app = buildApp({ db: database.db })
  await app.listen({ port: 0, host: '127.0.0.1' })
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}, 60_000)

afterAll(async () => {
  await app?.close()
  await database?.close()
})

it('runs PCs that push, pull and hear each other without an error', async () => {
  const result = await runLoad({ serverUrl: url, pcs: 4, locations: 2, seconds: 3, pushIntervalMs: 250, graceMs: 5_000 })
  const { recorder } = result
  expect(Object.fromEntries(recorder.errors)).toEqual({})
  expect(result.pcsPerLocation).toEqual({ 'loc-goverwelle': 2, 'loc-bloemendaal': 2 })
  // Each PC changes about 12 things; each change must be seen by the one other PC of its location.
  expect(recorder.counts.changesMade).toBeGreaterThan(20)
  expect(recorder.samples.propagation).toHaveLength(recorder.counts.changesMade)
  expect(recorder.counts.docsAccepted).toBeGreaterThan(0)
  expect(recorder.samples.push.length).toBe(recorder.counts.pushRequests)
  expect(recorder.counts.pullRequests).toBeGreaterThan(0)
  expect(recorder.counts.docsPulled).toBeGreaterThan(0)
  expect(recorder.eventsPerPc.every((n) => n > 0)).toBe(true)
  expect(result.streamsOpenAtEnd).toBe(4)
}, 20_000)
