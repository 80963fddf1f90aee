// One simulated location PC on the real sync transport (electron/main/services/sync-transport.ts):
// the PC's own pull, push and event-stream code over HTTP, with one try per request so that every
// failure is counted instead of retried away. It pulls its master data and the days around today
// as a new PC's first pass does, holds the event stream, pushes a change at a steady rate, merges a
// raced group-day as the app's conflict handler does (renderer/src/db/merge-attendance.ts) and
// pushes again, and pulls the collection after every event it receives.
import type { Child, Location } from '../../shared/domain'
import type { Checkpoint, PullWindow, PushRow, SyncDoc } from '../../shared/sync'
import { createSyncTransport, type SyncTransport } from '../../electron/main/services/sync-transport'
import { TransportError } from '../../electron/main/services/transport-error'
import { SessionError } from '../../electron/main/services/session-error'
import { mergeAttendanceDay, type ReplicatedAttendanceDay } from '../../renderer/src/db/merge-attendance'
import { windowAround } from '../../renderer/src/db/first-sync-plan'
import { absenceReport, attendanceEdit, locationPicture, markOf, marksIn, type Author, type LocationPicture, type PushedDay, type Random } from './load-changes'
import type { LoadRecorder } from './load-metrics'

export interface PcSetup {
  index: number
  serverUrl: string
  deviceId: string
  deviceToken: string
  locationId: string
  /** The signed-in staff member of the location: the author of every change. */
  staffId: string
  today: string
  recorder: LoadRecorder
  random: Random
  /** Absence ids reported at the location (shared by its PCs). */
  absencesTaken: Set<string>
  /** The other PCs of the location: they must see each change. */
  peers: () => readonly number[]
}

/** Pages as the app's first sync: 250 for master data, 1,000 for the window (first-sync-plan.ts). */
const MASTER_BATCH = 250
const WINDOW_BATCH = 1000
const LIVE_BATCH = 250
const MAX_MERGES = 20

function errorKind(op: string, error: unknown): string {
  if (error instanceof TransportError) return `${op}:${error.code}${error.status === undefined ? '' : `:${error.status}`}`
  if (error instanceof SessionError) return `${op}:${error.code}`
  return `${op}:${error instanceof Error ? error.name : 'unknown'}`
}

export class SimulatedPc {
  private readonly transport: SyncTransport
  private readonly checkpoints = new Map<string, Checkpoint | null>()
  private readonly pulling = new Map<string, Promise<void>>()
  private readonly dirty = new Set<string>()
  /** Today's group-days of the location, as this PC last saw them on the server. */
  private readonly today = new Map<string, PushedDay>()
  private picture: LocationPicture | null = null
  private streamOpens = 0
  private resyncs = 0
  private lastAt = 0
  private stopped = false
  private loop: Promise<void> | null = null
  events = 0

  constructor(private readonly setup: PcSetup) {
    const counted: typeof fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/sync/events')) this.streamOpens++
      return fetch(input, init)
    }
    this.transport = createSyncTransport({
      serverUrl: setup.serverUrl, deviceId: setup.deviceId, token: () => setup.deviceToken, fetch: counted, attempts: 1,
    })
    this.transport.onEvent((event) => {
      if (event.kind === 'resync') {
        // The first comes with the connection; any later one follows a dropped stream: catch up as RxDB does.
        if (++this.resyncs > 1) for (const c of ['attendance', 'absences']) this.schedulePull(c)
        return
      }
      const seenAt = performance.now()
      const { change } = event
      this.events++
      setup.recorder.count('events')
      setup.recorder.count('docsViaEvents', change.documents.length)
      for (const doc of change.documents) {
        for (const mark of marksIn(change.collection, doc)) setup.recorder.seen(mark, setup.index, seenAt)
        this.remember(change.collection, doc)
      }
      this.schedulePull(change.collection)
    })
  }

  /** Master data in full, then the dated collections over the first-sync window; opens the event stream. */
  async start(): Promise<void> {
    for (const c of ['locations', 'staff', 'children']) await this.pullAll(c, MASTER_BATCH)
    const window = windowAround(this.setup.today)
    for (const c of ['attendance', 'absences', 'requests']) await this.pullAll(c, WINDOW_BATCH, window)
    await this.pullAll('notices', MASTER_BATCH)
    if (this.picture === null) throw new Error(`PC ${this.setup.index} pulled no location ${this.setup.locationId}`)
    this.transport.startEvents()
  }

  /** Stream drops so far: every opening after the first. */
  drops(): number {
    return Math.max(0, this.streamOpens - 1)
  }

  streamOpen(): boolean {
    return this.transport.status().online && this.resyncs > 0
  }

  private locations: Location[] = []
  private children: Child[] = []

  private async pullAll(collection: string, batchSize: number, window?: PullWindow): Promise<void> {
    for (;;) {
      const started = performance.now()
      const page = await this.transport.pull(collection, this.checkpoints.get(collection) ?? null, batchSize, window)
      this.setup.recorder.latency('initialPull', performance.now() - started)
      for (const doc of page.documents) this.collect(collection, doc)
      if (page.checkpoint !== null) this.checkpoints.set(collection, page.checkpoint)
      if (page.documents.length < batchSize) break
    }
    if (collection === 'children') {
      const location = this.locations.find((l) => l.id === this.setup.locationId)
      if (location !== undefined) this.picture = locationPicture(location, this.children)
    }
  }

  private collect(collection: string, doc: SyncDoc): void {
    if (collection === 'locations' && !doc._deleted) this.locations.push(doc as unknown as Location)
    else if (collection === 'children' && !doc._deleted) this.children.push(doc as unknown as Child)
    else this.remember(collection, doc)
  }

  private remember(collection: string, doc: SyncDoc): void {
    if (collection === 'attendance' && doc.date === this.setup.today && doc.locationId === this.setup.locationId) {
      this.today.set(doc.id, doc as PushedDay)
    } else if (collection === 'absences' && doc.locationId === this.setup.locationId) {
      this.setup.absencesTaken.add(doc.id)
    }
  }

  /** One pull at a time per collection; an event during a pull asks for one more after it. */
  private schedulePull(collection: string): void {
    if (this.stopped) return
    if (this.pulling.has(collection)) {
      this.dirty.add(collection)
      return
    }
    const run = (async () => {
      do {
        this.dirty.delete(collection)
        await this.pullLive(collection)
      } while (this.dirty.has(collection) && !this.stopped)
    })().finally(() => this.pulling.delete(collection))
    this.pulling.set(collection, run)
  }

  private async pullLive(collection: string): Promise<void> {
    const { recorder } = this.setup
    for (;;) {
      const started = performance.now()
      try {
        const page = await this.transport.pull(collection, this.checkpoints.get(collection) ?? null, LIVE_BATCH)
        recorder.latency('pull', performance.now() - started)
        recorder.count('pullRequests')
        recorder.count('docsPulled', page.documents.length)
        for (const doc of page.documents) this.remember(collection, doc)
        if (page.checkpoint !== null) this.checkpoints.set(collection, page.checkpoint)
        if (page.documents.length < LIVE_BATCH) return
      } catch (error) {
        if (!this.stopped) recorder.error(errorKind('pull', error), String(error))
        return
      }
    }
  }

  /** An instant after this PC's previous one: with the device it marks the change (markOf). */
  private nextAt(): string {
    this.lastAt = Math.max(Date.now(), this.lastAt + 1)
    return new Date(this.lastAt).toISOString()
  }

  /** Push a change every `intervalMs` (phase-shifted by `offsetMs`) until stop(); 3 in 4 are attendance edits. */
  run(intervalMs: number, offsetMs: number): void {
    this.loop = (async () => {
      let next = performance.now() + offsetMs
      while (!this.stopped) {
        const wait = next - performance.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        if (this.stopped) break
        next += intervalMs
        await this.change()
      }
    })()
  }

  private async change(): Promise<void> {
    const { recorder, random, today } = this.setup
    const picture = this.picture!
    const author: Author = { by: this.setup.staffId, device: this.setup.deviceId }
    const at = this.nextAt()
    const pushedAt = performance.now()
    if (random() < 0.25) {
      const absence = absenceReport(picture, today, author, at, this.setup.absencesTaken, random)
      if (absence !== null) {
        recorder.count('changesMade')
        if (recorder.measuring) recorder.expect(markOf(absence), pushedAt, this.setup.peers())
        const answer = await this.pushRows('absences', [{ newDocumentState: absence }])
        if (answer === null || answer.length > 0) recorder.withdraw(markOf(absence))
        return
      }
    }
    const group = picture.location.groups[Math.floor(random() * picture.location.groups.length)]
    if (group === undefined) return
    const assumed = this.today.get(`${today}:${group.id}`)
    const edit = attendanceEdit(assumed, picture, group.id, today, author, at, random)
    if (edit === null) return
    recorder.count('changesMade')
    const mark = markOf({ device: author.device, at })
    if (recorder.measuring) recorder.expect(mark, pushedAt, this.setup.peers())
    if (!(await this.pushDay(edit.doc, assumed, edit.childId))) recorder.withdraw(mark)
  }

  /**
   * Push a group-day; on a race merge with the server's state (the app's handler) and push again.
   * True when this PC's edit of `childId` was stored (false: failed, refused, or lost the merge).
   */
  private async pushDay(mine: PushedDay, assumed: PushedDay | undefined, childId: string): Promise<boolean> {
    let local = mine
    let base = assumed
    for (let round = 0; round < MAX_MERGES; round++) {
      const row: PushRow = base === undefined ? { newDocumentState: local } : { newDocumentState: local, assumedMasterState: base }
      const conflicts = await this.pushRows('attendance', [row])
      if (conflicts === null) return false
      const master = conflicts.find((c) => c.id === local.id) as PushedDay | undefined
      if (master === undefined) {
        this.today.set(local.id, local)
        return true
      }
      this.setup.recorder.count('conflicts')
      const merged = mergeAttendanceDay(master as ReplicatedAttendanceDay, local as ReplicatedAttendanceDay, base as ReplicatedAttendanceDay | undefined)
      this.setup.recorder.count('entriesLost', merged.lost.length)
      this.today.set(master.id, master)
      // Another PC changed the same child first: the server's entry stands (the app reports it to staff).
      if (merged.lost.some((l) => l.local.childId === childId)) return false
      base = master
      local = merged.day as PushedDay
    }
    this.setup.recorder.error('push:unresolved-conflict', `${local.id} still conflicting after ${MAX_MERGES} merges`)
    return false
  }

  /** One push request; null when it failed (counted), else the conflicts (refusals counted as errors). */
  private async pushRows(collection: string, rows: PushRow[]): Promise<SyncDoc[] | null> {
    const { recorder } = this.setup
    const started = performance.now()
    try {
      const answer = await this.transport.push(collection, rows)
      recorder.latency('push', performance.now() - started)
      recorder.count('pushRequests')
      recorder.count('docsPushed', rows.length)
      recorder.count('docsAccepted', rows.length - answer.conflicts.length)
      for (const r of answer.refused ?? []) recorder.error(`push:refused:${r.code}`, `${collection} ${r.id}: ${r.message}`)
      if ((answer.refused ?? []).length > 0) return null
      return answer.conflicts
    } catch (error) {
      recorder.error(errorKind('push', error), String(error))
      return null
    }
  }

  /** Stop making changes; wait for the change in flight. */
  async stopPushing(): Promise<void> {
    this.stopped = true
    await this.loop
    await Promise.all([...this.pulling.values()])
  }

  close(): void {
    this.stopped = true
    this.transport.close()
  }
}
