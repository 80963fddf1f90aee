// Where one change's time goes on its way PC A → server → PC B: the moments the pages and the server
// noted (all wall-clock ms, one machine clock) matched to each change by time. A change owns what
// happened between its click and the next change's click (changes are 300 ms apart and each arrives
// on B before the next starts).
import { sampleStats } from './results'
import type { WireLog } from './propagation-probe'

export interface ChangeSample {
  group: string
  childId: string
  kind: 'checkIn' | 'checkOut'
  clickAt: number
  /** A's own row showed it (null: not within the timeout). */
  aDomAt: number | null
  bDomAt: number
  bFrameAt: number
}

/** A push of attendance as the server saw it: request in, answer out (after its commit). */
export interface ServerPush {
  receivedAt: number
  answeredAt: number
}

export interface ChangeHops {
  group: string
  childId: string
  kind: ChangeSample['kind']
  /** ms from A's click. */
  aStored: number | null
  bStored: number | null
  bOnScreen: number
  /** ms per step, in order; null where the moment was not seen. */
  steps: Record<string, number | null>
}

const ATTENDANCE_DB = '--attendance'

export function hopsOf(samples: readonly ChangeSample[], a: WireLog, b: WireLog, pushes: readonly ServerPush[]): ChangeHops[] {
  return samples.map((sample, i) => {
    const from = sample.clickAt
    const until = samples[i + 1]?.clickAt ?? Number.POSITIVE_INFINITY
    const inside = (at: number) => at >= from && at < until
    const aStored = a.commits.find((c) => inside(c.at) && c.db.endsWith(ATTENDANCE_DB))?.at ?? null
    const push = a.sent.find((s) => inside(s.at) && s.method === 'sync.push' && s.collection === 'attendance') ?? null
    const answer = push === null ? null : a.answers.find((x) => x.id === push.id && x.at >= push.at)?.at ?? null
    // The server's clock is the same machine clock; 1 ms of slack for the rounding of two clocks.
    const server = push === null ? null : pushes.find((p) => p.receivedAt >= push.at - 1 && p.receivedAt < until) ?? null
    const bEvent = b.events.find((e) => inside(e.at) && e.collection === 'attendance')?.at ?? null
    const bStored = b.commits.find((c) => inside(c.at) && c.at >= (bEvent ?? from) && c.db.endsWith(ATTENDANCE_DB))?.at ?? null
    const diff = (later: number | null, earlier: number | null) => (later === null || earlier === null ? null : later - earlier)
    return {
      group: sample.group,
      childId: sample.childId,
      kind: sample.kind,
      aStored: diff(aStored, from),
      bStored: diff(bStored, from),
      bOnScreen: sample.bFrameAt - from,
      steps: {
        'A: click → stored in IndexedDB': diff(aStored, from),
        'A: stored → push sent to main': diff(push?.at ?? null, aStored),
        'main A → server: push received': diff(server?.receivedAt ?? null, push?.at ?? null),
        'server: push received → answered (committed)': diff(server?.answeredAt ?? null, server?.receivedAt ?? null),
        'server → main B → B page: change event': diff(bEvent, server?.answeredAt ?? null),
        'B: change event → stored in IndexedDB': diff(bStored, bEvent),
        'B: stored → row in DOM': diff(sample.bDomAt, bStored),
        'B: row in DOM → next frame': sample.bFrameAt - sample.bDomAt,
        'A: push answer back in A (round trip)': diff(answer, push?.at ?? null),
        // Beside the path: A's own row redrawn, which shares A's main thread with the push.
        'A: click → own row in DOM': diff(sample.aDomAt, from),
        'A: push sent → own row in DOM (negative: row first)': diff(sample.aDomAt, push?.at ?? null),
      },
    }
  })
}

/** The statistics the propagation benchmark reports (shared with the other benchmarks). */
export const stats = sampleStats
