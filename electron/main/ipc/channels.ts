// IPC channel names between main and preload. Methods use their contract name as the invoke channel
// (one ipcMain.handle each); events get a prefix so no renderer-chosen name can collide with them.
import type { EventName, MethodName } from '../../../shared/api/contract'
import { methodNames } from '../../../shared/api/contract'

// A Record over EventName: adding an event to the contract without listing it here fails to compile.
const events: Record<EventName, true> = { 'sync.event': true, 'sync.status': true, 'session.changed': true, 'device.revoked': true, 'app.update': true }

export const eventNames = Object.keys(events) as EventName[]

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value)
}

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (methodNames as readonly string[]).includes(value)
}

export function eventChannel(event: EventName): string {
  return `locatiedesk:event:${event}`
}

/** What main answers on an invoke channel: errors travel as data, because contextBridge drops an Error's own fields. */
export type InvokeEnvelope = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } }
