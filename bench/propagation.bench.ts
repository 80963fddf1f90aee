// `npm run bench:propagation`: live propagation PC A → server → PC B (issue 11, benchmark 3). One server
// (one busy location's year, as the first-sync benchmark), two PCs of that location whose first sync is
// done (on-disk Chromium profiles, bench/support/synced-pc.ts), both on the same group and day. On A,
// 100 check-ins and check-outs clicked on the Aanwezigheidslijst, 300 ms apart so each travels alone;
// on B, the moment the change is stored in IndexedDB and the moment B's row shows it. All moments are
// wall-clock (bench/support/propagation-probe.ts). Writes bench/results/propagation.json and .md.
//   tsx bench/propagation.bench.ts [--changes N] [--runs R]   (R series of N changes on the same two PCs;
//   100 and 3 by default: p50/p95 per series, their medians, and all changes pooled)
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import { nl } from '../renderer/src/i18n/nl'
import { benchDay } from './support/bench-day'
import { startBenchServer } from './support/bench-server'
import { clickOnA, clockSkew, installWireProbe, watchRow, type WireLog } from './support/propagation-probe'
import { hopsOf, stats, type ChangeHops, type ChangeSample, type ServerPush } from './support/propagation-hops'
import { machineFacts, median, writeResult } from './support/results'
import { openSyncedPc, type SyncedPc } from './support/synced-pc'

const TARGET_P95_MS = 120
/** PouchDB's live sync on this kind of machine (DESIGN §7): the figures this replaces. */
const POUCHDB = { p50Ms: 112, p95Ms: 185 }
const GAP_MS = 300
const TIMEOUT_MS = 10_000
const resultsDir = join(import.meta.dirname, 'results')

function log(message: string): void {
  console.log(`[bench:propagation] ${message}`)
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name)
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback
  return Number.isInteger(n) && n > 0 ? n : fallback
}

const wall = () => performance.timeOrigin + performance.now()
const groupSelect = '.attendance-controls select'

/** The children a page's list shows, in order. */
async function listed(page: Page): Promise<string> {
  return page.evaluate(() => Array.from(document.querySelectorAll('tr[data-child-id]')).map((tr) => tr.getAttribute('data-child-id')).join(','))
}

/** Both PCs on `group` (today): A's list shows that group's rows, and B's the same children. */
async function showGroup(a: Page, b: Page, group: string): Promise<void> {
  for (const page of [a, b]) {
    if ((await page.locator(groupSelect).inputValue()) === group) continue
    const before = await listed(page)
    await page.locator(groupSelect).selectOption(group)
    // The select changes at once, the rows when React has read the new group's day: wait for those.
    await page.waitForFunction((old) => {
      const ids = Array.from(document.querySelectorAll('tr[data-child-id]')).map((tr) => tr.getAttribute('data-child-id')).join(',')
      return ids !== '' && ids !== old
    }, before, { timeout: TIMEOUT_MS })
  }
  const onA = await listed(a)
  await b.waitForFunction((ids) => Array.from(document.querySelectorAll('tr[data-child-id]')).map((tr) => tr.getAttribute('data-child-id')).join(',') === ids,
    onA, { timeout: TIMEOUT_MS })
}

/** The group's children A may check in now (no check-in yet, the button enabled). */
async function checkInCandidates(page: Page, prefix: string): Promise<string[]> {
  return page.locator('tr[data-child-id]').evaluateAll((rows, p) => rows
    .filter((tr) => !tr.querySelector('time')?.getAttribute('datetime'))
    .filter((tr) => Array.from(tr.querySelectorAll('button')).some((b) => (b.getAttribute('aria-label') ?? '').startsWith(p) && !b.disabled))
    .map((tr) => tr.getAttribute('data-child-id') ?? ''), prefix)
}

async function main(): Promise<void> {
  const wanted = argument('--changes', 100)
  const runs = argument('--runs', 3)
  const day = benchDay()
  // The server's side of each push: when the request arrived and when the answer (after the commit) left.
  const pushes: ServerPush[] = []
  const arrived = new WeakMap<object, number>()
  log(`seeding the server (today ${day.today}${day.clockShiftMs ? ', weekend: clock moved to Friday' : ''})…`)
  const server = await startBenchServer({
    ...day,
    beforeListen(app) {
      app.addHook('onRequest', async (request) => {
        if (request.url.endsWith('/sync/attendance/push')) arrived.set(request, wall())
      })
      app.addHook('onSend', async (request, _reply, payload) => {
        const at = arrived.get(request)
        if (at !== undefined) pushes.push({ receivedAt: at, answeredAt: wall() })
        return payload
      })
    },
  })
  const pcs: SyncedPc[] = []
  try {
    const { counts } = server
    log(`server: ${counts.attendanceDocuments} attendance documents, ${counts.attendanceEntries} entries; opening PC A and PC B…`)
    const expected = { documents: counts.attendanceDocuments, entries: counts.attendanceEntries }
    pcs.push(await openSyncedPc(server.url, expected, [installWireProbe]))
    pcs.push(await openSyncedPc(server.url, expected, [installWireProbe]))
    const [a, b] = pcs as [SyncedPc, SyncedPc]
    // The one-clock check: each clock (timeOrigin + now) against Date.now(), which they all share.
    const skew = { a: await a.page.evaluate(clockSkew), b: await b.page.evaluate(clockSkew), server: wall() - Date.now() }
    log(`both synced; clocks vs Date.now(): page A ${skew.a.toFixed(2)} ms, page B ${skew.b.toFixed(2)} ms, server ${skew.server.toFixed(2)} ms`)

    const checkIn = nl['attendance.checkInChild'].split('{name}')[0] ?? ''
    const checkOut = nl['attendance.checkOutChild'].split('{name}')[0] ?? ''
    const groups = await a.page.locator(`${groupSelect} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    const start = await a.page.locator(groupSelect).inputValue()
    const ordered = [start, ...groups.filter((g) => g !== start)]
    const samples: ChangeSample[] = []
    const failures: string[] = []
    const runStarts: number[] = []
    // The server and both PC hosts share this process's event loop: its stalls are part of every hop in Node.
    const loop = monitorEventLoopDelay({ resolution: 5 })
    const conditions: { loadAverageAtEnd: number; eventLoopDelayMs: { p50: number; p99: number; max: number } }[] = []
    for (let run = 1; run <= runs; run++) {
      runStarts.push(samples.length)
      loop.reset()
      loop.enable()
      const done = () => samples.length + failures.length - runStarts.at(-1)!
      // Each run takes the children not yet checked in, group by group (a later run goes on where the last stopped).
      for (const group of ordered) {
        if (done() >= wanted) break
        await showGroup(a.page, b.page, group)
        const children = await checkInCandidates(a.page, checkIn)
        const room = wanted - done()
        // Each child checked in, then checked out: two changes of the group-day document each.
        const half = children.slice(0, Math.ceil(room / 2))
        const plan = [...half.map((c) => ({ childId: c, kind: 'checkIn' as const })), ...half.map((c) => ({ childId: c, kind: 'checkOut' as const }))].slice(0, room)
        for (const step of plan) {
          if (!(await b.page.evaluate(watchRow, step.childId))) {
            failures.push(`${step.childId}: not on B's list`)
            continue
          }
          const onA = await a.page.evaluate(clickOnA, { childId: step.childId, labelPrefix: step.kind === 'checkIn' ? checkIn : checkOut, timeoutMs: TIMEOUT_MS })
          const seen = await b.page.waitForFunction(() => window.__watch?.frame !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 20 })
            .then(() => true, () => false)
          const watch = await b.page.evaluate(() => window.__watch ?? null)
          if (!seen || watch?.dom === undefined || watch.frame === undefined) failures.push(`${step.childId} ${step.kind}: not on B within ${TIMEOUT_MS} ms`)
          else samples.push({ group, childId: step.childId, kind: step.kind, clickAt: onA.clickAt, aDomAt: onA.domAt, bDomAt: watch.dom, bFrameAt: watch.frame })
          await a.page.waitForTimeout(GAP_MS)
        }
        if (plan.length > 0) log(`run ${run}, ${group}: ${plan.length} changes`)
      }
      loop.disable()
      const ms = (ns: number) => round(ns / 1e6)
      conditions.push({
        loadAverageAtEnd: Number((loadavg()[0] ?? 0).toFixed(2)),
        eventLoopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
      })
      if (done() < wanted) log(`WARNING: run ${run} found only ${done()} changes to make`)
    }
    const wire = {
      a: await a.page.evaluate(() => window.__wire ?? null) as WireLog | null,
      b: await b.page.evaluate(() => window.__wire ?? null) as WireLog | null,
    }
    if (!wire.a || !wire.b) throw new Error('the wire probe did not run in both pages')
    const hops = hopsOf(samples, wire.a, wire.b, pushes)
    const storedOf = (hs: readonly ChangeHops[]) => hs.flatMap((h) => (h.bStored === null ? [] : [h.bStored]))
    const perRun = runStarts.map((from, i) => {
      const these = hops.slice(from, runStarts[i + 1] ?? hops.length)
      return { storedOnB: stats(storedOf(these)), onScreenB: stats(these.map((h) => h.bOnScreen)), ...conditions[i] }
    })
    // The headline: the median over the runs of each run's p50 and p95 (each run is 100 changes).
    const headline = (pick: (r: (typeof perRun)[number]) => Stats) => ({
      p50: round(median(perRun.map((r) => pick(r).median))), p95: round(median(perRun.map((r) => pick(r).p95))), max: Math.max(...perRun.map((r) => pick(r).max)),
    })
    const storedOnB = headline((r) => r.storedOnB)
    const onScreenB = headline((r) => r.onScreenB)
    const hopStats = Object.fromEntries(Object.keys(hops[0]?.steps ?? {}).map((name) =>
      [name, stats(hops.flatMap((h) => { const v = h.steps[name]; return v === null || v === undefined ? [] : [v] }))]))
    const result = {
      benchmark: 'propagation',
      machine: machineFacts(a.chromium),
      workload: {
        today: day.today, clockShiftMs: day.clockShiftMs, attendanceDocuments: counts.attendanceDocuments,
        attendanceEntries: counts.attendanceEntries, children: counts.children, runs, changesPerRun: wanted, gapMs: GAP_MS,
        clockSkewMs: { pageA: Number(skew.a.toFixed(2)), pageB: Number(skew.b.toFixed(2)), server: Number(skew.server.toFixed(2)) },
      },
      // From A's click: the moment B's IndexedDB committed the change, and the frame after B's row showed it.
      medianOfRuns: { storedOnB, onScreenB },
      perRun,
      pooled: {
        storedOnB: stats(storedOf(hops)), onScreenB: stats(hops.map((h) => h.bOnScreen)),
        storedOnA: stats(hops.flatMap((h) => (h.aStored === null ? [] : [h.aStored]))),
        storedOnBFromStoredOnA: stats(hops.flatMap((h) => (h.aStored === null || h.bStored === null ? [] : [h.bStored - h.aStored]))),
      },
      hops: hopStats,
      target: { p95Ms: TARGET_P95_MS, storedOnBP95Ms: storedOnB.p95, onScreenBP95Ms: onScreenB.p95, met: storedOnB.p95 < TARGET_P95_MS, metOnScreen: onScreenB.p95 < TARGET_P95_MS },
      pouchdb: POUCHDB,
      failures,
      samples: hops.map((h) => ({
        ...h, aStored: h.aStored === null ? null : round(h.aStored), bStored: h.bStored === null ? null : round(h.bStored), bOnScreen: round(h.bOnScreen),
        steps: Object.fromEntries(Object.entries(h.steps).map(([k, v]) => [k, v === null ? null : round(v)])),
      })),
    }
    await writeResult(join(resultsDir, 'propagation.json'), `${JSON.stringify(result, null, 2)}\n`)
    await writeResult(join(resultsDir, 'propagation.md'), markdown(result))
    for (const [i, r] of perRun.entries()) {
      log(`run ${i + 1}: stored on B p50 ${r.storedOnB.median} ms, p95 ${r.storedOnB.p95} ms, max ${r.storedOnB.max} ms; on screen p50 ${r.onScreenB.median} ms, p95 ${r.onScreenB.p95} ms, max ${r.onScreenB.max} ms; `
        + `load ${r.loadAverageAtEnd} at the end; Node event-loop delay p99 ${r.eventLoopDelayMs?.p99} ms, max ${r.eventLoopDelayMs?.max} ms`)
    }
    log(`stored on B (median of ${runs} runs): p50 ${storedOnB.p50} ms, p95 ${storedOnB.p95} ms (target p95 < ${TARGET_P95_MS} ms: ${result.target.met ? 'met' : 'MISSED'}; PouchDB p50 ${POUCHDB.p50Ms}, p95 ${POUCHDB.p95Ms})`)
    log(`on screen on B (median of ${runs} runs): p50 ${onScreenB.p50} ms, p95 ${onScreenB.p95} ms`)
    log(`hops (median ms): ${Object.entries(hopStats).map(([k, v]) => `${k} ${v.median}`).join(', ')}`)
    if (failures.length) log(`failures: ${failures.join('; ')}`)
    log(`written: ${join(resultsDir, 'propagation.json')} and .md`)
  } finally {
    for (const pc of pcs) await pc.close()
    await server.close()
  }
}

const round = (x: number) => Math.round(x * 10) / 10

type Stats = ReturnType<typeof stats>

interface Headline { p50: number; p95: number; max: number }

function markdown(r: {
  machine: ReturnType<typeof machineFacts>
  workload: { runs: number; changesPerRun: number; gapMs: number; attendanceEntries: number }
  medianOfRuns: { storedOnB: Headline; onScreenB: Headline }
  perRun: { storedOnB: Stats; onScreenB: Stats; loadAverageAtEnd?: number; eventLoopDelayMs?: { p99: number; max: number } }[]
  pooled: { storedOnB: Stats; onScreenB: Stats; storedOnA: Stats; storedOnBFromStoredOnA: Stats }
  hops: Record<string, Stats>
  target: { met: boolean; metOnScreen: boolean }
  failures: string[]
}): string {
  const row = (name: string, s: Stats) => `| ${name} | ${s.n} | ${s.median} ms | ${s.p95} ms | ${s.max} ms |`
  const runs = (pick: (x: { storedOnB: Stats; onScreenB: Stats }) => Stats) => r.perRun.map((x) => `${pick(x).median}/${pick(x).p95}`).join(', ')
  return [
    `# Live propagation PC A → server → PC B — ${r.machine.date.slice(0, 10)}`,
    '',
    `${r.workload.runs} runs of ${r.workload.changesPerRun} check-ins/check-outs clicked on A, ${r.workload.gapMs} ms apart; both PCs hold one busy `
      + `location's year (${r.workload.attendanceEntries} entries). ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, `
      + `Chromium ${r.machine.chromium}, commit ${r.machine.commit ?? '?'}, load average ${r.machine.loadAverageAtStart} at the start.`,
    '',
    '| from A\'s click to | p50 | p95 | max | per run (p50/p95) | target p95 < 120 ms |',
    '|---|---|---|---|---|---|',
    `| stored on B (IndexedDB commit) | ${r.medianOfRuns.storedOnB.p50} ms | ${r.medianOfRuns.storedOnB.p95} ms | ${r.medianOfRuns.storedOnB.max} ms | ${runs((x) => x.storedOnB)} | ${r.target.met ? 'met' : 'missed'} |`,
    `| on screen on B (frame after B's row changed) | ${r.medianOfRuns.onScreenB.p50} ms | ${r.medianOfRuns.onScreenB.p95} ms | ${r.medianOfRuns.onScreenB.max} ms | ${runs((x) => x.onScreenB)} | ${r.target.metOnScreen ? 'met' : 'missed'} |`,
    '',
    'p50 and p95: medians over the runs. PouchDB\'s live sync (DESIGN §7, not run here): p50 112 ms, p95 185 ms.',
    `Per run, the load average at its end and the event-loop delay of the Node process that runs the server and both PC hosts (p99 / max): `
      + r.perRun.map((x) => `${x.loadAverageAtEnd ?? '?'} (${x.eventLoopDelayMs?.p99 ?? '?'} / ${x.eventLoopDelayMs?.max ?? '?'} ms)`).join(', ') + '.',
    '',
    '| all changes pooled | n | p50 | p95 | max |',
    '|---|---|---|---|---|',
    row('A\'s click → stored on B', r.pooled.storedOnB),
    row('A\'s click → on screen on B', r.pooled.onScreenB),
    row('A\'s click → stored on A', r.pooled.storedOnA),
    row('stored on A → stored on B', r.pooled.storedOnBFromStoredOnA),
    ...Object.entries(r.hops).map(([name, s]) => row(`hop — ${name}`, s)),
    '',
    r.failures.length ? `Failures: ${r.failures.join('; ')}` : 'No failures.',
    '',
  ].join('\n')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench:propagation] failed:', error)
    process.exit(1)
  },
)
