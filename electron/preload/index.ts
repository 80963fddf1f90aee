// The preload: exactly `window.locatiedesk = { invoke, on }` and nothing else (DESIGN §3). It runs
// sandboxed (CommonJS, only `electron` may be required) and passes nothing but contract names on.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Bridge, BridgeEvents, EventName } from '../../shared/api/contract'
import { eventChannel, isEventName, isMethodName, type InvokeEnvelope } from '../main/ipc/channels'

const bridge: Bridge = {
  async invoke(method, args) {
    if (!isMethodName(method)) throw { code: 'bridge.unknown-method', message: `unknown method ${String(method)}` }
    const envelope = (await ipcRenderer.invoke(method, args)) as InvokeEnvelope
    // A plain { code, message } object: contextBridge would strip an Error's own fields.
    if (!envelope.ok) throw envelope.error
    return envelope.result as never
  },
  on<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void) {
    if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`)
    const channel = eventChannel(event)
    const forward = (_event: IpcRendererEvent, payload: BridgeEvents[E]) => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  },
}

contextBridge.exposeInMainWorld('locatiedesk', bridge)
