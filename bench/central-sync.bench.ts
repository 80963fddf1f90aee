// `npm run bench:central`: the first sync of a customer-service PC (issue 11, benchmark 2). The server holds
// the demo organisation: all six locations, each with a year of history. A klantenservice account registers
// the PC (it covers every location, R19) and signs in on it; the same figures as the first-sync benchmark
// (bench/support/app-run.ts): today usable, master data + window stored, everything stored; then, in the
// same run, the raw IndexedDB floor and PouchDB on every location's attendance (bench/support/sync-comparison.ts).
// Writes bench/results/central-sync.json and .md.
//   tsx bench/central-sync.bench.ts [--runs N] [--app-only] [--no-pouchdb] [--no-write]
//   (the switches as in bench/first-sync.bench.ts; 3 runs by default, medians are reported)
import { join } from 'node:path'
import { demoPasswords, demoStaff } from '../shared/demo'
import { measureApp, type AppRun } from './support/app-run'
import { appMedians, appRunsJson, syncBenchArgs } from './support/bench-args'
import { benchDay } from './support/bench-day'
import { startBenchServer } from './support/bench-server'
import { machineFacts, seconds, writeResult } from './support/results'
import { comparisonRows, comparisonSummary, comparisonTargets, measureComparison, type Comparison, type ComparisonTargets } from './support/sync-comparison'

const TARGET_USABLE_MS = 3_000
const resultsDir = join(import.meta.dirname, 'results')

function log(message: string): void {
  console.log(`[bench:central] ${message}`)
}

/** A customer-service account of the demo: it registers the central PC and works on it. */
function customerService(): { id: string; password: string } {
  const staff = demoStaff.find((s) => s.active && s.role === 'klantenservice')
  const password = staff === undefined ? undefined : demoPasswords[staff.id]?.password
  if (staff === undefined || password === undefined) throw new Error('no demo klantenservice account')
  return { id: staff.id, password }
}

async function main(): Promise<void> {
  const args = syncBenchArgs()
  const { runs } = args
  const day = benchDay()
  log(`seeding the server with the demo organisation (today ${day.today}${day.clockShiftMs ? ', weekend: clock moved to Friday' : ''})…`)
  const server = await startBenchServer({ ...day, workload: 'demo' })
  try {
    const { counts } = server
    const perCollection = await server.db.query<{ collection: string; documents: number; bytes: number }>(
      `SELECT collection, count(*)::int AS documents, coalesce(sum(octet_length(data::text)), 0)::int AS bytes
         FROM documents WHERE NOT deleted GROUP BY collection ORDER BY collection`,
    )
    const totalDocuments = perCollection.reduce((n, c) => n + c.documents, 0)
    log(`server: ${counts.locations} locations, ${counts.attendanceDocuments} attendance documents, ${counts.attendanceEntries} entries, `
      + `${counts.children} children, ${totalDocuments} documents in all (seeded in ${seconds(server.seedMs)})`)
    const expected = { documents: counts.attendanceDocuments, entries: counts.attendanceEntries }
    const account = customerService()
    const app: AppRun[] = []
    for (let i = 1; i <= runs; i++) {
      const run = await measureApp(server.url, expected, { register: account, signIn: account })
      app.push(run)
      log(`run ${i}: today usable ${seconds(run.usableMs)} (list complete ${seconds(run.listCompleteMs)}: ${run.rows} rows, ${run.group}, ${run.date}), `
        + `window stored ${seconds(run.windowMs)}, everything ${seconds(run.everythingMs)}; CPU ms ${JSON.stringify(run.cpuMs)}`)
    }
    const m = appMedians(app)
    if (args.appOnly) {
      log(`medians: today usable ${seconds(m.usable)}, list complete ${seconds(m.listComplete)}, window ${seconds(m.windowStored)}, everything ${seconds(m.everything)}`)
      return
    }
    // The floor stores only the attendance (every location's: records.ts reads the whole collection);
    // the app's (b) and PouchDB are every collection, so the floor is harder on the app here than on a
    // location PC.
    const comparison = await measureComparison(server.db, app[0]!.store, { runs, pouchdb: args.pouchdb, log })
    const targets = comparisonTargets(m.everything, comparison)
    const result = {
      benchmark: 'central-sync',
      machine: machineFacts(app[0]!.chromium),
      workload: {
        today: day.today, clockShiftMs: day.clockShiftMs, account: account.id,
        locations: counts.locations, attendanceDocuments: counts.attendanceDocuments, attendanceEntries: counts.attendanceEntries,
        attendanceJsonBytes: counts.attendanceBytes, children: counts.children, documents: totalDocuments,
        perCollection, serverSeedMs: Math.round(server.seedMs),
      },
      runs,
      medianMs: {
        todayUsable: Math.round(m.usable), todayListComplete: Math.round(m.listComplete),
        windowStored: Math.round(m.windowStored), everythingStored: Math.round(m.everything),
        floorPerChildRecords: comparison.floor.perChildRecords.medianMs, floorGroupDayDocuments: comparison.floor.groupDayDocuments.medianMs,
        pouchdbPerChildRecords: comparison.pouchdb.measured ? comparison.pouchdb.perChildRecords.medianMs : null,
        pouchdbGroupDayDocuments: comparison.pouchdb.measured ? comparison.pouchdb.groupDayDocuments.medianMs : null,
      },
      targets: { todayUsable: { targetMs: TARGET_USABLE_MS, medianMs: Math.round(m.usable), met: m.usable <= TARGET_USABLE_MS }, ...targets },
      appRuns: appRunsJson(app),
      comparison,
      floorStore: app[0]!.store,
    }
    log(`today usable ${seconds(m.usable)} (target ≤ ${seconds(TARGET_USABLE_MS)}: ${result.targets.todayUsable.met ? 'met' : 'MISSED'}), `
      + `window stored ${seconds(m.windowStored)}`)
    for (const line of comparisonSummary(m.everything, comparison, targets)) log(line)
    if (!args.write) {
      log('--no-write: no result files written')
      return
    }
    await writeResult(join(resultsDir, 'central-sync.json'), `${JSON.stringify(result, null, 2)}\n`)
    await writeResult(join(resultsDir, 'central-sync.md'), markdown(result))
    log(`written: ${join(resultsDir, 'central-sync.json')} and .md`)
  } finally {
    await server.close()
  }
}

function markdown(r: {
  machine: ReturnType<typeof machineFacts>
  workload: { locations: number; attendanceDocuments: number; attendanceEntries: number; children: number; documents: number }
  runs: number
  medianMs: { todayUsable: number; todayListComplete: number; windowStored: number; everythingStored: number }
  targets: { todayUsable: { met: boolean } } & ComparisonTargets
  comparison: Comparison
}): string {
  const w = r.workload
  const m = r.medianMs
  return [
    `# First sync of a customer-service PC (all locations) — ${r.machine.date.slice(0, 10)}`,
    '',
    `The demo organisation: ${w.locations} locations, ${w.attendanceEntries} attendance entries in ${w.attendanceDocuments} group-day documents, `
      + `${w.children} children, ${w.documents} documents in all; median of ${r.runs} runs; ${r.machine.cores} cores (${r.machine.cpu}), `
      + `Node ${r.machine.node}, Chromium ${r.machine.chromium}, commit ${r.machine.commit ?? '?'}, load average ${r.machine.loadAverageAtStart} at the start. `
      + `(b) and PouchDB (d) store every collection; the floor (c) the attendance only.`,
    '',
    '| measure | median | target |',
    '|---|---|---|',
    `| (a) today usable (rows of today's list) | ${seconds(m.todayUsable)} | ≤ 3 s: ${r.targets.todayUsable.met ? 'met' : 'missed'} |`,
    `| today's list complete | ${seconds(m.todayListComplete)} | – |`,
    `| master data + window around today stored | ${seconds(m.windowStored)} | – |`,
    ...comparisonRows(m.everythingStored, r.comparison, r.targets),
    '',
  ].join('\n')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench:central] failed:', error)
    process.exit(1)
  },
)
