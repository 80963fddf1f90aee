// The load benchmark's results: every figure in JSON (with the config and the machine), and a short
// Markdown table for people (bench/results/server-load.md).
import type { MachineFacts } from './results'
import { percentiles, type Percentiles } from './load-metrics'
import type { LoadOptions, LoadResult } from './load-run'

export interface LoadReport {
  benchmark: 'server-load'
  config: Omit<LoadOptions, 'cpu' | 'log' | 'serverUrl'> & { database: string; serverLogLevel: string }
  machine: MachineFacts
  setupSeconds: number
  windowSeconds: number
  latencyMs: { push: Percentiles; pull: Percentiles; propagation: Percentiles; initialPullPage: Percentiles }
  /** The same pushes and pulls as the server timed them (Fastify's responseTime), and the generator's own event-loop lag. */
  whereTheTimeGoes: { serverPush: Percentiles; serverPull: Percentiles; generatorLagMs: LoadResult['generatorLagMs'] }
  throughputPerSecond: { docsPushed: number; docsAccepted: number; docsPulled: number; docsViaEvents: number; pushRequests: number; pullRequests: number }
  counts: LoadResult['recorder']['counts']
  eventsPerStream: Percentiles
  errors: Record<string, number>
  errorExamples: Record<string, string[]>
  errorTotal: number
  streamsOpenAtEnd: number
  pcsPerLocation: Record<string, number>
  /** CPU seconds used during the measured window, and as a share of one core. */
  cpu: Record<string, { seconds: number; coresBusy: number }>
  serverLog: Record<string, number>
  serverLogProblems: string[]
}

const perSecond = (n: number, ms: number) => Math.round((n / (ms / 1000)) * 10) / 10

export function loadReport(
  result: LoadResult, config: LoadReport['config'], machine: MachineFacts, serverLog: Record<string, number>, serverLogProblems: string[],
  serverTimes: { push: Percentiles; pull: Percentiles },
): LoadReport {
  const { recorder, windowMs } = result
  const c = recorder.counts
  return {
    benchmark: 'server-load',
    config, machine,
    setupSeconds: Math.round(result.setupMs / 100) / 10,
    windowSeconds: Math.round(windowMs / 100) / 10,
    latencyMs: {
      push: percentiles(recorder.samples.push),
      pull: percentiles(recorder.samples.pull),
      propagation: percentiles(recorder.samples.propagation),
      initialPullPage: percentiles(recorder.samples.initialPull),
    },
    whereTheTimeGoes: { serverPush: serverTimes.push, serverPull: serverTimes.pull, generatorLagMs: result.generatorLagMs },
    throughputPerSecond: {
      docsPushed: perSecond(c.docsPushed, windowMs), docsAccepted: perSecond(c.docsAccepted, windowMs),
      docsPulled: perSecond(c.docsPulled, windowMs), docsViaEvents: perSecond(c.docsViaEvents, windowMs),
      pushRequests: perSecond(c.pushRequests, windowMs), pullRequests: perSecond(c.pullRequests, windowMs),
    },
    counts: c,
    eventsPerStream: percentiles(recorder.eventsPerPc),
    errors: Object.fromEntries(recorder.errors),
    errorExamples: Object.fromEntries(recorder.errorExamples),
    errorTotal: recorder.errorTotal(),
    streamsOpenAtEnd: result.streamsOpenAtEnd,
    pcsPerLocation: result.pcsPerLocation,
    cpu: Object.fromEntries(Object.entries(result.cpuMs).map(([part, ms]) => [part, {
      seconds: Math.round(ms / 100) / 10, coresBusy: Math.round((ms / windowMs) * 100) / 100,
    }])),
    serverLog, serverLogProblems,
  }
}

const ms = (v: number | null) => (v === null ? '–' : `${v} ms`)

export function loadMarkdown(r: LoadReport): string {
  const row = (name: string, p: Percentiles) => `| ${name} | ${p.count} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.max)} |`
  const errors = Object.entries(r.errors)
  const m = r.machine
  return [
    `# Server under load (${r.config.pcs} PCs, ${r.windowSeconds} s, ${r.config.database})`,
    '',
    `${m.date.slice(0, 10)}, ${m.cores} cores ${m.cpu}, Node ${m.node}, load average ${m.loadAverageAtStart} at the start. ` +
      `Server, PostgreSQL and the load generator share the same ${m.cores} cores. Each PC pushes one change every ` +
      `${r.config.pushIntervalMs / 1000} s and pulls after every event; setup (registration, first pass) took ${r.setupSeconds} s.`,
    '',
    '| measure | samples | p50 | p95 | p99 | max |',
    '|---|---|---|---|---|---|',
    row('push (one request)', r.latencyMs.push),
    row('pull after an event', r.latencyMs.pull),
    row('propagation: push on PC a → event on PC b', r.latencyMs.propagation),
    row('first-pass pull page (setup)', r.latencyMs.initialPullPage),
    row('push, as the server timed it (Fastify responseTime)', r.whereTheTimeGoes.serverPush),
    row('pull, as the server timed it', r.whereTheTimeGoes.serverPull),
    '',
    `The generator's own event loop ran late by p50 ${r.whereTheTimeGoes.generatorLagMs.p50} ms, p99 ${r.whereTheTimeGoes.generatorLagMs.p99} ms, ` +
      `max ${r.whereTheTimeGoes.generatorLagMs.max} ms in the window: that lag is in every latency above that the generator measured.`,
    '',
    `**Throughput:** ${r.throughputPerSecond.docsPushed} documents pushed/s (${r.throughputPerSecond.docsAccepted} stored/s, ` +
      `${r.counts.conflicts} races merged and pushed again), ${r.throughputPerSecond.docsPulled} documents pulled/s ` +
      `(${r.throughputPerSecond.pullRequests} pulls/s), ${r.throughputPerSecond.docsViaEvents} documents/s delivered by events; ` +
      `events received per stream p50 ${r.eventsPerStream.p50}, max ${r.eventsPerStream.max}.`,
    '',
    `**Errors:** ${r.errorTotal === 0 ? 'none' : errors.map(([k, n]) => `${k} × ${n}`).join(', ')}; ` +
      `${r.streamsOpenAtEnd} of ${r.config.pcs} event streams open at the end; server log: ` +
      `${Object.entries(r.serverLog).map(([k, n]) => `${k} ${n}`).join(', ') || 'empty'}.`,
    '',
    `**CPU during the window** (of ${m.cores} cores): ` +
      Object.entries(r.cpu).map(([part, c]) => `${part} ${c.seconds} s (${c.coresBusy} cores)`).join(', ') + '.',
    '',
  ].join('\n')
}
