// Events from the services to whoever shows them: Electron's IPC to the window, or the PC host's
// WebSocket clients. One hub, so both transports emit exactly the contract's events.
import type { BridgeEvents, EventName } from '../../../shared/api/contract'

export type BridgeEventMessage = { [E in EventName]: { event: E; payload: BridgeEvents[E] } }[EventName]

export interface EventHub {
  emit<E extends EventName>(event: E, payload: BridgeEvents[E]): void
  subscribe(listener: (message: BridgeEventMessage) => void): () => void
}

export function createEventHub(): EventHub {
  const listeners = new Set<(message: BridgeEventMessage) => void>()
  return {
    emit(event, payload) {
      const message = { event, payload } as BridgeEventMessage
      for (const listener of listeners) {
        try {
          listener(message)
        } catch (error) {
          // One broken receiver (a closed window, a dead socket) must not starve the others.
          console.error('event listener failed', error)
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
