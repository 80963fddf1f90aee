// A small Server-Sent Events client over node:http for tests: collects the change events of
// GET /sync/events (as the PC whose device token it is given) and waits for the ones a test expects.
import http from 'node:http'
import type { ChangeEvent } from '../../../shared/sync'
import { syncHeaders } from './devices'

export interface SseClient {
  changes: ChangeEvent[]
  /** Resolves once the stream said `resync` (it is connected and subscribed). */
  connected: Promise<void>
  /** Resolves when the server ends the stream (or it is closed). */
  ended: Promise<void>
  waitFor(predicate: (changes: readonly ChangeEvent[]) => boolean, timeoutMs?: number): Promise<void>
  close(): void
}

export function openSseClient(port: number, deviceToken: string): SseClient {
  const changes: ChangeEvent[] = []
  let buffer = ''
  let onResync: () => void = () => undefined
  const connected = new Promise<void>((resolve) => { onResync = resolve })
  const request = http.get({ host: '127.0.0.1', port, path: '/sync/events', headers: syncHeaders(deviceToken) }, (res) => {
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (event === 'resync') onResync()
        if (event === 'change' && data !== undefined) changes.push(JSON.parse(data) as ChangeEvent)
      }
    })
  })
  request.on('error', () => undefined)
  const ended = new Promise<void>((resolve) => request.on('close', resolve))
  return {
    changes,
    connected,
    ended,
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs
      while (!predicate(changes)) {
        if (Date.now() > deadline) throw new Error(`expected change events did not arrive; got ${JSON.stringify(changes)}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    close: () => request.destroy(),
  }
}
