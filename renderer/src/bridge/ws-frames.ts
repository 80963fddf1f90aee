// Narrowing of what arrives over the PC host's WebSocket: it is JSON from another process, so it is
// checked before anything trusts its shape (no `any` at a boundary).
import type { BridgeError, EventName, WsEvent, WsResponse } from '../../../shared/api'

// A record, not a list: a new event in the contract is a compile error here until it is let through.
const knownEvents: Record<EventName, true> = { 'sync.event': true, 'sync.status': true, 'session.changed': true, 'device.revoked': true, 'app.update': true }
const eventNames = Object.keys(knownEvents)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isBridgeError(value: unknown): value is BridgeError {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string'
}

/** A frame is a response (has a numeric id) or an event (has a known event name); anything else is dropped. */
export function parseFrame(text: string): WsResponse | WsEvent | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(value)) return null
  if (typeof value.id === 'number') {
    if ('error' in value) return isBridgeError(value.error) ? { id: value.id, error: value.error } : null
    if ('result' in value) return { id: value.id, result: value.result }
    return null
  }
  if (typeof value.event === 'string' && eventNames.includes(value.event)) {
    return { event: value.event as EventName, payload: value.payload }
  }
  return null
}
