// `npm run bench:list`: the Aanwezigheidslijst with a location's full year on the PC (issue 5). A PC
// whose first sync of one busy location's year is complete (on-disk profile, bench/support/synced-pc.ts)
// opens groups' lists for the day and other dates, then checks in 20 children in a row. Every figure
// is measured in the page (bench/support/list-probe.ts). Writes bench/results/attendance-list.json.
//   tsx bench/attendance-list.bench.ts [--runs N]   (N PCs one after another; samples are pooled)
import { join } from 'node:path'
import { addDays, weekday } from '../shared/calendar'
import { nl } from '../renderer/src/i18n/nl'
import { benchDay } from './support/bench-day'
import { countAttendance, startBenchServer } from './support/bench-server'
import {
  installIdbProbe, measureCheckIns, measureListOpens, type CheckInSample, type ListOpenSample,
} from './support/list-probe'
import { profiled, type HotFunction } from './support/cpu-profile'
import { machineFacts, median, sampleStats as stats, writeResult } from './support/results'
import { openSyncedPc, type SyncedPc } from './support/synced-pc'

const TARGET_LIST_MS = 100
const TARGET_CHECK_IN_MS = 16
const CHECK_INS = 20
const PAST_DATES = 8
const resultsDir = join(import.meta.dirname, 'results')

function log(message: string): void {
  console.log(`[bench:list] ${message}`)
}

function runsWanted(): number {
  const i = process.argv.indexOf('--runs')
  const n = i >= 0 ? Number(process.argv[i + 1]) : 1
  return Number.isInteger(n) && n > 0 ? n : 1
}

/** Weekdays before `today`, most recent first: days with a history of check-ins. */
function pastWeekdays(today: string, count: number): string[] {
  const days: string[] = []
  for (let d = addDays(today, -1); days.length < count; d = addDays(d, -1)) if (weekday(d) <= 5) days.push(d)
  return days
}

interface RunResult {
  listOpens: ListOpenSample[]
  checkIns: CheckInSample[]
  failures: string[]
  /** Children stored on the PC once R17's first run is done, of the server's. */
  children: { stored: number; onServer: number }
  group: string
  /** CPU profile of 10 more check-ins (another group): the renderer's busiest functions, by self time. */
  profile: { group: string; checkIns: number; busyMs: number; hot: HotFunction[] } | null
  marks: SyncedPc['marks']
  chromium: string
}

async function measureOnePc(serverUrl: string, expected: { documents: number; entries: number }, today: string, childrenOnServer: number): Promise<RunResult> {
  const pc = await openSyncedPc(serverUrl, expected, [installIdbProbe])
  try {
    const { page } = pc
    const options = await page.locator('.attendance-controls select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    const current = await page.locator('.attendance-controls select').inputValue()
    const date = await page.locator('.attendance-controls input[type="date"]').inputValue()
    if (date !== today) log(`WARNING: the list opened on ${date}, not on ${today}`)
    // Every group twice, starting with one that is not on screen yet.
    const start = Math.max(0, options.indexOf(current)) + 1
    const rotation = options.map((_, i) => options[(start + i) % options.length]!)
    const byGroup = await page.evaluate(measureListOpens, { groups: [...rotation, ...rotation], dates: [], timeoutMs: 5_000 })
    // The group with the most children that day gets the check-ins.
    const rowsOf = new Map(byGroup.samples.map((s) => [s.target, s.rows]))
    const group = [...rowsOf].sort((a, b) => b[1] - a[1])[0]?.[0] ?? current
    log(`${options.length} groups; rows per group ${JSON.stringify(Object.fromEntries(rowsOf))}; check-ins in ${group}`)
    const last = byGroup.samples.at(-1)?.target
    const byDate = await page.evaluate(measureListOpens, {
      groups: last === group ? [] : [group], dates: [...pastWeekdays(today, PAST_DATES), today], timeoutMs: 5_000,
    })
    const checkInPrefix = nl['attendance.checkInChild'].split('{name}')[0] ?? ''
    const checks = await page.evaluate(measureCheckIns, { checkInPrefix, count: CHECK_INS, gapMs: 250, timeoutMs: 5_000 })
    // Where the time goes: the same series on the next busiest group, with the profiler on (not in the figures).
    const second = [...rowsOf].sort((a, b) => b[1] - a[1])[1]?.[0]
    if (second !== undefined) await page.evaluate(measureListOpens, { groups: [second], dates: [], timeoutMs: 5_000 })
    const profile = second === undefined ? null
      : await profiled(page, () => page.evaluate(measureCheckIns, { checkInPrefix, count: 10, gapMs: 250, timeoutMs: 5_000 }))
    return {
      listOpens: [...byGroup.samples, ...byDate.samples],
      checkIns: checks.samples,
      failures: [...byGroup.failures, ...byDate.failures, ...checks.failures],
      children: { stored: pc.childrenStored, onServer: childrenOnServer },
      group,
      profile: profile && { group: second ?? '', checkIns: profile.result.samples.length, busyMs: profile.totalMs, hot: profile.hot },
      marks: pc.marks,
      chromium: pc.chromium,
    }
  } finally {
    await pc.close()
  }
}

async function main(): Promise<void> {
  const runs = runsWanted()
  const day = benchDay()
  log(`seeding the server (today ${day.today}${day.clockShiftMs ? ', weekend: clock moved to Friday' : ''})…`)
  const server = await startBenchServer(day)
  try {
    const { counts } = server
    log(`server: ${counts.attendanceDocuments} attendance documents, ${counts.attendanceEntries} entries, ${counts.children} children`)
    const results: RunResult[] = []
    for (let i = 1; i <= runs; i++) {
      // Counted again per run: an earlier run's check-ins are on the server now, and a new PC gets them too.
      const now = await countAttendance(server.db)
      const run = await measureOnePc(server.url, { documents: now.documents, entries: now.entries }, day.today, counts.children)
      results.push(run)
      const groupOpens = run.listOpens.filter((s) => s.kind === 'group')
      log(`run ${i}: list (group) median ${median(groupOpens.map((s) => s.frameMs)).toFixed(1)} ms, `
        + `check-in median ${median(run.checkIns.map((s) => s.frameMs)).toFixed(1)} ms (${run.checkIns.length} check-ins)`
        + `${run.failures.length ? `; failures: ${run.failures.join('; ')}` : ''}`)
      log(`run ${i}: R17 left ${run.children.stored} of ${run.children.onServer} children on the PC (first run ${Math.round((run.marks.retentionDone ?? Number.NaN) - (run.marks.retentionStart ?? Number.NaN))} ms); `
        + `busiest during check-ins: ${run.profile?.hot.slice(0, 5).map((h) => `${h.fn} ${h.selfMs} ms`).join(', ') ?? '–'}`)
    }
    const listOpens = results.flatMap((r) => r.listOpens)
    const checkIns = results.flatMap((r) => r.checkIns)
    const groupOpens = listOpens.filter((s) => s.kind === 'group')
    const dateOpens = listOpens.filter((s) => s.kind === 'date')
    const stored = checkIns.flatMap((s) => (s.storedMs === null ? [] : [s.storedMs]))
    const list = { onScreen: stats(listOpens.map((s) => s.frameMs)), inDom: stats(listOpens.map((s) => s.domMs)) }
    const checkIn = { onScreen: stats(checkIns.map((s) => s.frameMs)), inDom: stats(checkIns.map((s) => s.domMs)), storedInIndexedDb: stats(stored) }
    const result = {
      benchmark: 'attendance-list',
      machine: machineFacts(results[0]?.chromium ?? ''),
      workload: {
        today: day.today, clockShiftMs: day.clockShiftMs, attendanceDocuments: counts.attendanceDocuments,
        attendanceEntries: counts.attendanceEntries, children: counts.children, runs, checkInsPerRun: CHECK_INS,
      },
      // "on screen": the first animation frame after the DOM shows it; "in DOM": React committed it.
      listOpen: { ...list, groupSwitch: stats(groupOpens.map((s) => s.frameMs)), dateSwitch: stats(dateOpens.map((s) => s.frameMs)) },
      checkIn,
      targets: {
        listOnScreen: { targetMs: TARGET_LIST_MS, medianMs: list.onScreen.median, p95Ms: list.onScreen.p95, met: list.onScreen.median < TARGET_LIST_MS },
        checkInOnScreen: { targetMs: TARGET_CHECK_IN_MS, medianMs: checkIn.onScreen.median, p95Ms: checkIn.onScreen.p95, met: checkIn.onScreen.median < TARGET_CHECK_IN_MS },
      },
      pcs: results.map((r) => ({
        group: r.group, failures: r.failures, children: r.children, checkInProfile: r.profile,
        marksMs: Object.fromEntries(Object.entries(r.marks).map(([k, v]) => [k, v === null ? null : Math.round(v)])),
      })),
      samples: { listOpens: listOpens.map(roundSample), checkIns: checkIns.map(roundSample) },
    }
    await writeResult(join(resultsDir, 'attendance-list.json'), `${JSON.stringify(result, null, 2)}\n`)
    log(`list on screen: median ${list.onScreen.median} ms, p95 ${list.onScreen.p95} ms (target < ${TARGET_LIST_MS} ms: ${result.targets.listOnScreen.met ? 'met' : 'MISSED'}); `
      + `group switch ${result.listOpen.groupSwitch.median} ms, date switch ${result.listOpen.dateSwitch.median} ms`)
    log(`check-in on screen: median ${checkIn.onScreen.median} ms, p95 ${checkIn.onScreen.p95} ms (target < ${TARGET_CHECK_IN_MS} ms: ${result.targets.checkInOnScreen.met ? 'met' : 'MISSED'}); `
      + `in DOM ${checkIn.inDom.median} ms, stored in IndexedDB ${checkIn.storedInIndexedDb.median} ms`)
    log(`written: ${join(resultsDir, 'attendance-list.json')}`)
  } finally {
    await server.close()
  }
}

function roundSample<T extends object>(sample: T): T {
  return Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v])) as T
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench:list] failed:', error)
    process.exit(1)
  },
)
