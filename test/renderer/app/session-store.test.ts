import { describe, expect, it } from 'vitest'
import type { Bridge, BridgeEvents, EventName, SessionState } from '../../../shared/api'
import { watchRevoked, watchSession } from '../../../renderer/src/app/session-store'

const nobody: SessionState = { user: null, locked: false, mode: null, offlineUntil: null, today: [], signing: null }
const anouk: SessionState = {
  ...nobody, mode: 'online', user: { id: 'anouk.devries', name: 'Anouk de Vries', role: 'groepsmedewerker', locationIds: ['loc-1'] },
}

function fakeBridge(answer: Promise<SessionState>) {
  const listeners = new Map<string, (payload: unknown) => void>()
  const bridge: Bridge = {
    invoke: (() => answer) as Bridge['invoke'],
    on: (<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void) => {
      listeners.set(event, listener as (payload: unknown) => void)
      return () => listeners.delete(event)
    }) as Bridge['on'],
  }
  return { bridge, emit: <E extends EventName>(event: E, payload: BridgeEvents[E]) => listeners.get(event)?.(payload) }
}

describe('watchSession', () => {
  it('starts from main\'s answer and follows session.changed and method answers', async () => {
    const { bridge, emit } = fakeBridge(Promise.resolve(anouk))
    const store = watchSession(bridge)
    expect(store.current()).toBeNull()
    await new Promise((r) => setTimeout(r, 0))
    expect(store.current()).toEqual(anouk)
    emit('session.changed', { ...anouk, locked: true })
    expect(store.current()?.locked).toBe(true)
    store.accept(nobody)
    expect(store.current()).toEqual(nobody)
  })

  it('keeps an event that arrived before the answer (the event is newer)', async () => {
    let answer: (s: SessionState) => void = () => {}
    const { bridge, emit } = fakeBridge(new Promise((r) => { answer = r }))
    const store = watchSession(bridge)
    emit('session.changed', anouk)
    answer(nobody)
    await new Promise((r) => setTimeout(r, 0))
    expect(store.current()).toEqual(anouk)
  })
})

describe('watchRevoked', () => {
  it('stays revoked once main said so', () => {
    const { bridge, emit } = fakeBridge(Promise.resolve(nobody))
    const watch = watchRevoked(bridge)
    const seen: boolean[] = []
    watch.revoked$.subscribe((v) => seen.push(v))
    emit('device.revoked', { deviceId: 'pc-a' })
    expect(seen).toEqual([false, true])
  })
})
