// The benchmark's server: embedded PGlite in a temp folder, no demo, seeded with one busy location's
// year (server/demo/seed-location-year.ts), listening on 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import type { Db } from '../../server/db/db'
import { openDatabase } from '../../server/db/open-db'
import { seedLocationYear } from '../../server/demo/seed-location-year'
import { loadDemoIfEmpty } from '../../server/demo/load-demo'
import { demoSource } from '../../server/demo/demo-source'
import { ensureDemoAccounts } from '../../server/demo/demo-accounts'
import { insertInBatches } from '../../server/demo/document-batches'
import { demoLocations, demoPasswords, demoStaff } from '../../shared/demo'
import { SERVER_TIME_HEADER } from '../../shared/sync'

/** The busy location is the first demo location; one of its managers registers the PC, one of its staff works on it. */
function demoUserOf(role: 'manager' | 'groepsmedewerker'): { id: string; password: string } {
  const location = demoLocations[0]?.id
  const staff = demoStaff.find((s) => s.active && s.role === role && location !== undefined && s.locationIds.includes(location))
  const password = staff === undefined ? undefined : demoPasswords[staff.id]?.password
  if (staff === undefined || password === undefined) throw new Error(`no demo ${role} for the benchmark's location`)
  return { id: staff.id, password }
}
export const benchManager = demoUserOf('manager')
export const benchStaff = demoUserOf('groepsmedewerker')

export interface BenchServer {
  url: string
  db: Db
  /** What the server holds for the one location: the figures a PC must end up with. */
  counts: { attendanceDocuments: number; attendanceEntries: number; children: number; locations: number; attendanceBytes: number }
  seedMs: number
  close(): Promise<void>
}

export interface BenchServerOptions {
  /** 'yyyy-MM-dd': the year of history ends the day before. */
  today: string
  /**
   * Added to the clock the server reports (x-server-time). The app's "today" is the server's today:
   * on a weekend the benchmark moves it to the Friday before, so that today's list has rows.
   */
  clockShiftMs?: number
  /**
   * 'location-year' (default): one busy location's year. 'demo': the demo organisation, all six
   * locations with a year of history each (what a customer-service PC covers).
   */
  workload?: 'location-year' | 'demo'
  /** Called before the server listens: a benchmark adds its own hooks (Fastify takes none later). */
  beforeListen?: (app: FastifyInstance) => void
}

/** The attendance the server holds now: what a new PC must end up with (runs that check in add to it). */
export async function countAttendance(db: Db): Promise<{ documents: number; entries: number; bytes: number }> {
  const [row] = await db.query<{ documents: number; entries: number; bytes: number }>(
    `SELECT count(*)::int AS documents, coalesce(sum(jsonb_array_length(data->'entries')), 0)::int AS entries,
            coalesce(sum(octet_length(data::text)), 0)::int AS bytes
       FROM documents WHERE collection = 'attendance' AND NOT deleted`,
  )
  return row ?? { documents: 0, entries: 0, bytes: 0 }
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-server-'))
  const db = await openDatabase({ databaseUrl: null, dataDir })
  const seedStart = performance.now()
  if (options.workload === 'demo') {
    // Noon in Amsterdam of the benchmark's day: the demo's history ends the day before it.
    await loadDemoIfEmpty(db, () => demoSource(new Date(`${options.today}T12:00:00+01:00`)))
  } else {
    await seedLocationYear(db, { today: options.today })
  }
  const seedMs = performance.now() - seedStart
  // The demo staff (documents and accounts), so the PC can be registered and signed in (F1).
  if (options.workload !== 'demo') await insertInBatches(db, { staff: demoStaff }, { author: 'bench', device: null, clientTime: null })
  await ensureDemoAccounts(db)
  const app = buildApp({ db })
  const shift = options.clockShiftMs ?? 0
  if (shift !== 0) {
    // Runs after the app's own onSend hook, so it overrides the header that hook set.
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header(SERVER_TIME_HEADER, new Date(Date.now() + shift).toISOString())
      return payload
    })
  }
  options.beforeListen?.(app)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const row = await countAttendance(db)
  const [master] = await db.query<{ children: number; locations: number }>(
    `SELECT count(*) FILTER (WHERE collection = 'children')::int AS children,
            count(*) FILTER (WHERE collection = 'locations')::int AS locations
       FROM documents WHERE NOT deleted`,
  )
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    counts: {
      attendanceDocuments: row?.documents ?? 0, attendanceEntries: row?.entries ?? 0, attendanceBytes: row?.bytes ?? 0,
      children: master?.children ?? 0, locations: master?.locations ?? 0,
    },
    seedMs,
    async close() {
      await app.close()
      await db.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
