// The load generator: N simulated location PCs against one running server. Registers the PCs up
// front (a manager signs in and registers each for one demo location; not measured), signs one
// staff member in per location (the author of that location's changes), lets every PC pull its
// first pass and open its event stream (in batches, as PCs start over a morning), then opens the
// measured window: every PC pushes at a steady rate and pulls after each event. After the window a
// grace period lets the last changes arrive; what never arrives counts as an error.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createServerClient } from '../../electron/main/services/server-client'
import { amsterdamDate } from '../../shared/calendar'
import { demoLocations, demoPasswords, demoStaff } from '../../shared/demo'
import { LoadRecorder } from './load-metrics'
import { SimulatedPc } from './load-pc'

export interface LoadOptions {
  serverUrl: string
  pcs: number
  seconds: number
  /** Each PC pushes one change this often. */
  pushIntervalMs: number
  /** How many PCs register and pull their first pass at once. */
  startBatch?: number
  /** How long to wait after the window for the last changes to reach every PC. */
  graceMs?: number
  /** Only the first `locations` demo locations (a tiny run puts its PCs together). */
  locations?: number
  seed?: number
  /** Cumulative CPU ms per part (server, database, generator), read at the window's start and end. */
  cpu?: () => Record<string, number>
  log?: (line: string) => void
}

export interface LoadResult {
  recorder: LoadRecorder
  windowMs: number
  /** The window on the wall clock (epoch ms), to pick the server log's lines of the window. */
  windowEpoch: { start: number; end: number }
  /** How late the generator's own event loop ran timers in the window (ms): its lag is in every latency it measures. */
  generatorLagMs: { p50: number; p99: number; max: number }
  setupMs: number
  cpuMs: Record<string, number>
  /** PCs per location id. */
  pcsPerLocation: Record<string, number>
  drops: number
  streamsOpenAtEnd: number
}

/** A small seeded generator (mulberry32): every PC makes its own repeatable choices. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function demoAccount(role: 'manager' | 'groepsmedewerker' | 'senior', locationId: string): { id: string; password: string } {
  const staff = demoStaff.find((s) => s.active && s.role === role && s.locationIds.includes(locationId) && demoPasswords[s.id] !== undefined)
  if (staff === undefined) throw new Error(`no demo ${role} for ${locationId}`)
  return { id: staff.id, password: demoPasswords[staff.id]!.password }
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work))
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => {})
  const recorder = new LoadRecorder()
  const client = createServerClient({ serverUrl: options.serverUrl, timeoutMs: 60_000 })
  const locations = demoLocations.slice(0, options.locations ?? demoLocations.length).map((l) => l.id)
  const today = amsterdamDate(new Date())
  const setupStart = performance.now()

  // One manager session per location registers its PCs; one staff session per location authors its changes.
  const managerTokens = new Map<string, string>()
  const authors = new Map<string, string>()
  for (const locationId of locations) {
    const manager = demoAccount('manager', locationId)
    managerTokens.set(locationId, (await client.signIn({ staffId: manager.id, password: manager.password })).token)
    const staff = demoAccount('groepsmedewerker', locationId)
    authors.set(locationId, (await client.signIn({ staffId: staff.id, password: staff.password })).staff.id)
  }

  const locationOf = (i: number) => locations[i % locations.length]!
  const byLocation = new Map<string, number[]>()
  for (let i = 0; i < options.pcs; i++) byLocation.set(locationOf(i), [...(byLocation.get(locationOf(i)) ?? []), i])
  const absencesTaken = new Map(locations.map((l) => [l, new Set<string>()]))
  const pcs: SimulatedPc[] = []
  const batch = options.startBatch ?? 20
  const indices = Array.from({ length: options.pcs }, (_, i) => i)
  try {
    await inBatches(indices, batch, async (index) => {
      const locationId = locationOf(index)
      const registered = await client.registerDevice(managerTokens.get(locationId)!, { name: `Belasting-pc ${index + 1}`, locationIds: [locationId] })
      const pc = new SimulatedPc({
        index, serverUrl: options.serverUrl, deviceId: registered.deviceId, deviceToken: registered.deviceToken, locationId,
        staffId: authors.get(locationId)!, today, recorder, random: seeded((options.seed ?? 1) * 100_003 + index),
        absencesTaken: absencesTaken.get(locationId)!,
        peers: () => (byLocation.get(locationId) ?? []).filter((i) => i !== index),
      })
      pcs[index] = pc
      await pc.start()
    })
    log(`${options.pcs} PCs registered, first pass pulled; waiting for every event stream`)
    const deadline = Date.now() + 60_000
    while (pcs.some((pc) => !pc.streamOpen())) {
      if (Date.now() > deadline) throw new Error(`${pcs.filter((pc) => !pc.streamOpen()).length} event streams never opened`)
      await sleep(50)
    }
    const setupMs = performance.now() - setupStart
    const dropsBefore = pcs.reduce((n, pc) => n + pc.drops(), 0)

    log(`measuring for ${options.seconds} s`)
    const cpuBefore = options.cpu?.() ?? {}
    const lag = monitorEventLoopDelay({ resolution: 10 })
    lag.enable()
    recorder.measuring = true
    const epochStart = Date.now()
    const windowStart = performance.now()
    pcs.forEach((pc, i) => pc.run(options.pushIntervalMs, (options.pushIntervalMs * i) / options.pcs))
    await sleep(options.seconds * 1000)
    recorder.measuring = false
    const windowMs = performance.now() - windowStart
    const epochEnd = Date.now()
    lag.disable()
    // The histogram holds nanoseconds, and counts the sampling resolution itself as delay.
    const lagMs = (ns: number) => Math.max(0, Math.round((ns / 1e6 - 10) * 10) / 10)
    const cpuAfter = options.cpu?.() ?? {}
    await Promise.all(pcs.map((pc) => pc.stopPushing()))
    const graceEnd = Date.now() + (options.graceMs ?? 10_000)
    while (recorder.unpropagated() > 0 && Date.now() < graceEnd) await sleep(50)
    recorder.closePropagation()
    pcs.forEach((pc) => recorder.eventsPerPc.push(pc.events))
    const drops = pcs.reduce((n, pc) => n + pc.drops(), 0) - dropsBefore
    for (let i = 0; i < drops; i++) recorder.error('sse-drop', 'event stream reopened during the run')
    return {
      recorder, windowMs, setupMs,
      windowEpoch: { start: epochStart, end: epochEnd },
      generatorLagMs: { p50: lagMs(lag.percentile(50)), p99: lagMs(lag.percentile(99)), max: lagMs(lag.max) },
      cpuMs: Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k] ?? 0) - (cpuBefore[k] ?? 0)])),
      pcsPerLocation: Object.fromEntries([...byLocation].map(([l, list]) => [l, list.length])),
      drops,
      streamsOpenAtEnd: pcs.filter((pc) => pc.streamOpen()).length,
    }
  } finally {
    for (const pc of pcs) pc?.close()
  }
}
