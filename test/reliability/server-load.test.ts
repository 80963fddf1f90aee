// The load benchmark's generator (bench/support/load-*.ts, `npm run bench:load`) at tiny scale, so
// that its code cannot rot unnoticed: 4 simulated PCs at 2 demo locations push, pull and hold event
// streams for 3 s against a server with a short demo (PGlite, or the CI's PostgreSQL when
// DATABASE_URL is set). No errors, and every change a PC pushed reached the other PC of its location.
// The server logs as in production (info, JSON) to a file, which the benchmark reads for the server's
// own timing of the same requests.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { loggerOptions } from '../../server/config'
import { ensureDemoAccounts } from '../../server/demo/demo-accounts'
import { demoSource } from '../../server/demo/demo-source'
import { loadDemoIfEmpty } from '../../server/demo/load-demo'
import { runLoad } from '../../bench/support/load-run'
import { serverResponseTimes } from '../../bench/support/load-server-times'
import { databaseUrl, openTestDatabase, type TestDatabase } from '../support/pg-databases'

let database: TestDatabase
let app: FastifyInstance
let url: string
let logDir: string

beforeAll(async () => {
  database = await openTestDatabase(databaseUrl === null ? 'pglite' : 'postgres')
  await loadDemoIfEmpty(database.db, () => demoSource(new Date(), 2))
  await ensureDemoAccounts(database.db, { N: 1024, r: 8, p: 1 })
  logDir = await mkdtemp(join(tmpdir(), 'locatiedesk-load-test-'))
  app = buildApp({ db: database.db, logger: { ...loggerOptions('info'), file: join(logDir, 'server.log') } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
}, 60_000)

afterAll(async () => {
  await app?.close()
  await database?.close()
  if (logDir) await rm(logDir, { recursive: true, force: true })
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

  // The server timed the same pushes (give or take one in flight per PC at each end of the window), and its
  // time for a request is part of the generator's: the server's median push cannot exceed the generator's slowest.
  const server = await serverResponseTimes(join(logDir, 'server.log'), result.windowEpoch.start, result.windowEpoch.end)
  expect(Math.abs(server.push.count - recorder.counts.pushRequests)).toBeLessThanOrEqual(4)
  expect(server.pull.count).toBeGreaterThan(0)
  expect(server.push.p50!).toBeLessThanOrEqual(Math.max(...recorder.samples.push))
  expect(result.generatorLagMs.max).toBeGreaterThanOrEqual(result.generatorLagMs.p50)
}, 20_000)
