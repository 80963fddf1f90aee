// The PC host's bridge from Node, as the browser page uses it (WebSocket /bridge, the host's token,
// its own Origin): the benchmark registers the PC and signs in through main before it opens the page,
// so the measured time is the first sync alone, not a person typing.
import WebSocket from 'ws'
import type { Args, MethodName, Result, WsResponse } from '../../shared/api/contract'
import { BRIDGE_PATH } from '../../electron/pc-host/ws-bridge'
import type { PcHost } from '../../electron/pc-host'

export async function invokeOnHost<M extends MethodName>(host: PcHost, method: M, args: Args<M>): Promise<Result<M>> {
  const origin = `http://127.0.0.1:${host.port}`
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}${BRIDGE_PATH}?token=${encodeURIComponent(host.token)}`, { origin })
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    return await new Promise<Result<M>>((resolve, reject) => {
      socket.on('message', (raw) => {
        const frame = JSON.parse(String(raw)) as WsResponse | { event: string }
        if (!('id' in frame) || frame.id !== 1) return
        if ('error' in frame) reject(new Error(`${method}: ${frame.error.code} ${frame.error.message}`))
        else resolve(frame.result as Result<M>)
      })
      socket.send(JSON.stringify({ id: 1, method, args }))
    })
  } finally {
    socket.close()
  }
}
