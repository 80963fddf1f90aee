// `npm run bench:first-sync` (and the first of `npm run bench`): a new PC's first sync against one busy location's year (DESIGN §4), measured in
// real Chromium with on-disk profiles, against the raw IndexedDB floor and PouchDB replicating the same
// records (bench/support/sync-comparison.ts). Writes bench/results/first-sync.json and .md. See
// bench/README.md for what each figure means.
//   tsx bench/first-sync.bench.ts [--runs N] [--app-only] [--no-pouchdb] [--no-write]
//   --runs N       measurements of each kind (3 by default; the median is reported)
//   --app-only     skip the floors and PouchDB and write no result files (quick comparisons while tuning)
//   --no-pouchdb   skip PouchDB (marked as not measured); it is installed into bench/pouchdb/ on first use
//   --no-write     measure everything, write no result files (a check that the benchmark runs)
import { join } from 'node:path'
import { measureApp, type AppRun } from './support/app-run'
import { appMedians, appRunsJson, syncBenchArgs } from './support/bench-args'
import { startBenchServer } from './support/bench-server'
import { benchDay } from './support/bench-day'
import { machineFacts, seconds, writeResult } from './support/results'
import { comparisonRows, comparisonSummary, comparisonTargets, measureComparison, type Comparison, type ComparisonTargets } from './support/sync-comparison'

const TARGET_USABLE_MS = 3_000
const resultsDir = join(import.meta.dirname, 'results')

function log(message: string): void {
  console.log(`[bench] ${message}`)
}

async function main(): Promise<void> {
  const args = syncBenchArgs()
  const { runs } = args
  const day = benchDay()
  log(`seeding the server (today ${day.today}${day.clockShiftMs ? ', weekend: clock moved to Friday' : ''})…`)
  const server = await startBenchServer(day)
  try {
    const { counts } = server
    log(`server: ${counts.attendanceDocuments} attendance documents, ${counts.attendanceEntries} entries, ${counts.children} children (seeded in ${seconds(server.seedMs)})`)
    if (counts.attendanceEntries < 45_000 || counts.attendanceEntries > 55_000) {
      log(`WARNING: the workload should be about 50,000 attendance entries, it is ${counts.attendanceEntries}`)
    }
    const expected = { documents: counts.attendanceDocuments, entries: counts.attendanceEntries }

    const app: AppRun[] = []
    for (let i = 1; i <= runs; i++) {
      const run = await measureApp(server.url, expected)
      app.push(run)
      log(`app run ${i}: today usable ${seconds(run.usableMs)} (list complete ${seconds(run.listCompleteMs)}: ${run.rows} rows, ${run.group}, ${run.date}), `
        + `window stored ${seconds(run.windowMs)}, everything ${seconds(run.everythingMs)}; CPU ms ${JSON.stringify(run.cpuMs)}`)
    }
    const m = appMedians(app)
    if (args.appOnly) {
      log(`medians: today usable ${seconds(m.usable)}, list complete ${seconds(m.listComplete)}, window ${seconds(m.windowStored)}, everything ${seconds(m.everything)}`)
      return
    }
    const shape = app[0]!.store
    const comparison = await measureComparison(server.db, shape, { runs, pouchdb: args.pouchdb, log })
    const targets = comparisonTargets(m.everything, comparison)
    const result = {
      benchmark: 'first-sync',
      machine: machineFacts(app[0]!.chromium),
      workload: {
        today: day.today, clockShiftMs: day.clockShiftMs,
        attendanceDocuments: counts.attendanceDocuments, attendanceEntries: counts.attendanceEntries,
        attendanceJsonBytes: counts.attendanceBytes, children: counts.children, locations: counts.locations,
        serverSeedMs: Math.round(server.seedMs),
      },
      runs,
      medianMs: {
        todayUsable: Math.round(m.usable), todayListComplete: Math.round(m.listComplete), windowStored: Math.round(m.windowStored), everythingStored: Math.round(m.everything),
        floorPerChildRecords: comparison.floor.perChildRecords.medianMs, floorGroupDayDocuments: comparison.floor.groupDayDocuments.medianMs,
        pouchdbPerChildRecords: comparison.pouchdb.measured ? comparison.pouchdb.perChildRecords.medianMs : null,
        pouchdbGroupDayDocuments: comparison.pouchdb.measured ? comparison.pouchdb.groupDayDocuments.medianMs : null,
      },
      targets: {
        todayUsable: { targetMs: TARGET_USABLE_MS, medianMs: Math.round(m.usable), met: m.usable <= TARGET_USABLE_MS },
        ...targets,
      },
      appRuns: appRunsJson(app),
      comparison,
      floorStore: shape,
    }
    for (const line of comparisonSummary(m.everything, comparison, targets)) log(line)
    log(`today usable ${seconds(m.usable)} (target ≤ ${seconds(TARGET_USABLE_MS)}: ${result.targets.todayUsable.met ? 'met' : 'MISSED'})`)
    if (!args.write) {
      log('--no-write: no result files written')
      return
    }
    await writeResult(join(resultsDir, 'first-sync.json'), `${JSON.stringify(result, null, 2)}\n`)
    await writeResult(join(resultsDir, 'first-sync.md'), markdown(result))
    log(`written: ${join(resultsDir, 'first-sync.json')} and .md`)
  } finally {
    await server.close()
  }
}

function markdown(r: {
  machine: ReturnType<typeof machineFacts>
  workload: { attendanceDocuments: number; attendanceEntries: number; children: number }
  runs: number
  medianMs: { todayUsable: number; todayListComplete: number; windowStored: number; everythingStored: number }
  targets: { todayUsable: { met: boolean } } & ComparisonTargets
  comparison: Comparison
}): string {
  const m = r.medianMs
  return [
    `# First sync of a new PC — ${r.machine.date.slice(0, 10)}`,
    '',
    `${r.workload.attendanceEntries} attendance entries in ${r.workload.attendanceDocuments} group-day documents, ${r.workload.children} children; `
      + `median of ${r.runs} runs; ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, Chromium ${r.machine.chromium}, `
      + `commit ${r.machine.commit ?? '?'}, load average ${r.machine.loadAverageAtStart} at the start.`,
    '',
    '| measure | median | target |',
    '|---|---|---|',
    `| (a) today usable (rows of today's list) | ${seconds(m.todayUsable)} | ≤ 3 s: ${r.targets.todayUsable.met ? 'met' : 'missed'} |`,
    `| today's list complete (all its rows) | ${seconds(m.todayListComplete)} | – |`,
    `| master data + window around today stored | ${seconds(m.windowStored)} | – |`,
    ...comparisonRows(m.everythingStored, r.comparison, r.targets),
    '',
  ].join('\n')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] failed:', error)
    process.exit(1)
  },
)
