// What the load generator counts while the simulated PCs run: latency samples per kind of request,
// errors by kind, documents moved, and the propagation of each pushed change to the other PCs of
// its location (pushed on PC a → seen in an event on PC b). One recorder per run, shared by all
// PCs: they live in one process, so a plain Map is the registry.
import { percentile } from './results'

export type LatencyKind = 'push' | 'pull' | 'initialPull' | 'propagation'

export interface Percentiles {
  count: number
  p50: number | null
  p95: number | null
  p99: number | null
  max: number | null
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10)
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? null),
  }
}

interface PendingChange {
  pushedAt: number
  /** The PCs that must see it: every other PC of the location. */
  waitingFor: Set<number>
}

export interface Counts {
  pushRequests: number
  /** Rows sent in answered push requests. */
  docsPushed: number
  /** Rows the server stored (not answered as a conflict). */
  docsAccepted: number
  /** Expected races: two PCs wrote the same group-day; merged and pushed again. */
  conflicts: number
  /** A merge in which this PC's entry lost to another PC's change of the same child. */
  entriesLost: number
  pullRequests: number
  docsPulled: number
  events: number
  docsViaEvents: number
  changesMade: number
}

export class LoadRecorder {
  readonly samples: Record<LatencyKind, number[]> = { push: [], pull: [], initialPull: [], propagation: [] }
  readonly errors = new Map<string, number>()
  /** Examples of each error kind (first few), for the report. */
  readonly errorExamples = new Map<string, string[]>()
  readonly counts: Counts = {
    pushRequests: 0, docsPushed: 0, docsAccepted: 0, conflicts: 0, entriesLost: 0,
    pullRequests: 0, docsPulled: 0, events: 0, docsViaEvents: 0, changesMade: 0,
  }
  /** Per PC: events received during the run. */
  readonly eventsPerPc: number[] = []
  private readonly pending = new Map<string, PendingChange>()
  /** Off until the measured window opens: setup traffic is not counted. */
  measuring = false

  error(kind: string, detail: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1)
    const examples = this.errorExamples.get(kind) ?? []
    if (examples.length < 3) examples.push(detail.slice(0, 300))
    this.errorExamples.set(kind, examples)
  }

  latency(kind: LatencyKind, ms: number): void {
    if (kind === 'initialPull' || this.measuring) this.samples[kind].push(ms)
  }

  count(key: keyof Counts, n = 1): void {
    if (this.measuring) this.counts[key] += n
  }

  /** A change was pushed (first attempt started at `pushedAt`): the location's other PCs must see `mark`. */
  expect(mark: string, pushedAt: number, receivers: readonly number[]): void {
    if (receivers.length > 0) this.pending.set(mark, { pushedAt, waitingFor: new Set(receivers) })
  }

  /** A change that was never stored (its push failed or was refused, or it lost a merge): nobody will see it. */
  withdraw(mark: string): void {
    this.pending.delete(mark)
  }

  /** PC `pc` saw `mark` in an event at `at`. */
  seen(mark: string, pc: number, at: number): void {
    const change = this.pending.get(mark)
    if (change === undefined || !change.waitingFor.delete(pc)) return
    this.samples.propagation.push(at - change.pushedAt)
    if (change.waitingFor.size === 0) this.pending.delete(mark)
  }

  /** Changes some PC has not seen yet. */
  unpropagated(): number {
    let n = 0
    for (const change of this.pending.values()) n += change.waitingFor.size
    return n
  }

  /** After the grace period: whatever is still waiting counts as an error. */
  closePropagation(): void {
    for (const [mark, change] of this.pending) {
      for (const pc of change.waitingFor) this.error('not-propagated', `${mark} never seen by PC ${pc}`)
    }
    this.pending.clear()
  }

  errorTotal(): number {
    let n = 0
    for (const v of this.errors.values()) n += v
    return n
  }
}
