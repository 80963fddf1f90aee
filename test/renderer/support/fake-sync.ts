// A stand-in for main's sync transport and the server behind it, in one process: the server keeps
// documents per collection with a global sequence and answers pull/push as shared/sync/wire.ts says
// (compare-and-set, conflicts carry the stored state, identical rows accepted without a write); each
// fake PC gets a Bridge whose connection can be cut, like the TCP proxy does end to end.
import { isDeepStrictEqual } from 'node:util'
import type { Args, Bridge, BridgeEvents, EventName, MethodName, Result, SyncStatus } from '../../../shared/api'
import type { ChangeEvent, PullResponse, PushResponse, PushRow, SyncDoc } from '../../../shared/sync'

export class FakeServer {
  private seq = 0
  private readonly docs = new Map<string, Map<string, { doc: SyncDoc; seq: number }>>()
  private readonly subscribers = new Set<(change: ChangeEvent) => void>()
  pushes = 0

  get(collection: string, id: string): SyncDoc | undefined {
    return this.docs.get(collection)?.get(id)?.doc
  }

  pull(collection: string, since: number, batchSize: number): PullResponse {
    const rows = [...(this.docs.get(collection)?.values() ?? [])].filter((r) => r.seq > since).sort((a, b) => a.seq - b.seq).slice(0, batchSize)
    const last = rows.at(-1)
    return { documents: rows.map((r) => structuredClone(r.doc)), checkpoint: last ? { seq: last.seq } : since > 0 ? { seq: since } : null }
  }

  push(collection: string, rows: PushRow[]): PushResponse {
    this.pushes += 1
    const store = this.docs.get(collection) ?? new Map<string, { doc: SyncDoc; seq: number }>()
    this.docs.set(collection, store)
    const conflicts: SyncDoc[] = []
    const written: SyncDoc[] = []
    for (const row of rows) {
      const current = store.get(row.newDocumentState.id)?.doc
      if (current && isDeepStrictEqual(current, row.newDocumentState)) continue
      const assumedMatches = current ? row.assumedMasterState !== undefined && isDeepStrictEqual(current, row.assumedMasterState) : row.assumedMasterState === undefined
      if (!assumedMatches) {
        conflicts.push(structuredClone(current as SyncDoc))
        continue
      }
      this.seq += 1
      store.set(row.newDocumentState.id, { doc: structuredClone(row.newDocumentState), seq: this.seq })
      written.push(structuredClone(row.newDocumentState))
    }
    if (written.length > 0) {
      const change: ChangeEvent = { collection, documents: written, checkpoint: { seq: this.seq } }
      for (const subscriber of this.subscribers) subscriber(change)
    }
    return { conflicts }
  }

  /** Put documents in directly, as an import or another PC would have. */
  seed(collection: string, docs: SyncDoc[]): void {
    this.push(collection, docs.map((doc) => ({ newDocumentState: doc })))
  }

  subscribe(listener: (change: ChangeEvent) => void): () => void {
    this.subscribers.add(listener)
    return () => this.subscribers.delete(listener)
  }
}

export interface FakePc extends Bridge {
  setOnline(online: boolean): void
  readonly deviceId: string
}

export function fakePc(server: FakeServer, deviceId: string, serverOffsetMs = 0): FakePc {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let online = true
  const emit = <E extends EventName>(event: E, payload: BridgeEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
  const status = (): SyncStatus => ({ online, lastSyncAt: null, serverOffsetMs, serverUrl: 'http://fake' })
  server.subscribe((change) => {
    if (online) emit('sync.event', { kind: 'change', change: structuredClone(change) })
  })
  const answer = (method: MethodName, args: unknown): unknown => {
    switch (method) {
      case 'sync.pull': {
        const a = args as Args<'sync.pull'>
        return server.pull(a.collection, a.checkpoint?.seq ?? 0, a.batchSize)
      }
      case 'sync.push': {
        const a = args as Args<'sync.push'>
        return server.push(a.collection, structuredClone(a.rows))
      }
      case 'sync.status': return status()
      case 'app.info': return { version: 'test', deviceId, shell: 'pc-host', locale: 'nl' }
      case 'db.encryptionKey': return { key: `sleutel-van-${deviceId}` }
    }
  }
  return {
    deviceId,
    async invoke<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
      // Always asynchronous, like IPC and the WebSocket.
      await new Promise((resolve) => setTimeout(resolve, 1))
      if (!online && method.startsWith('sync.') && method !== 'sync.status') throw Object.assign(new Error('offline'), { code: 'offline' })
      return answer(method, args) as Result<M>
    },
    on<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as (payload: unknown) => void)
      return () => set.delete(listener as (payload: unknown) => void)
    },
    setOnline(next: boolean) {
      online = next
      emit('sync.status', status())
      if (next) emit('sync.event', { kind: 'resync' })
    },
  }
}
