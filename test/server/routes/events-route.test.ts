import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { SERVER_TIME_HEADER, type ChangeEvent, type SyncDoc } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
// The stream itself is under test: documents without domain content, only the wire shape checked.
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { addDevice, syncHeaders, type TestDevice } from '../support/devices'

interface SseMessage {
  event: string | null
  data: string | null
  comment: string | null
}

/** A minimal SSE client over node:http that hands over each message as it arrives, as the PC of `token`. */
function connect(port: number, token: string) {
  const messages: SseMessage[] = []
  const waiters: (() => void)[] = []
  let buffer = ''
  let response: http.IncomingMessage | undefined
  const request = http.get({ host: '127.0.0.1', port, path: '/sync/events', headers: syncHeaders(token) }, (res) => {
    response = res
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const msg: SseMessage = { event: null, data: null, comment: null }
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) msg.comment = line.slice(1).trim()
          else if (line.startsWith('event: ')) msg.event = line.slice(7)
          else if (line.startsWith('data: ')) msg.data = line.slice(6)
        }
        messages.push(msg)
        waiters.splice(0).forEach((w) => w())
      }
    })
    res.on('end', () => waiters.splice(0).forEach((w) => w()))
  })
  request.on('error', () => undefined)
  const ended = new Promise<void>((resolve) => request.on('close', resolve))
  return {
    messages,
    ended,
    headers: () => response?.headers,
    async next(predicate: (m: SseMessage) => boolean, timeoutMs = 5000): Promise<SseMessage> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = messages.find(predicate)
        if (found !== undefined) return found
        if (Date.now() > deadline) throw new Error(`no matching SSE message; got ${JSON.stringify(messages)}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 50)
        })
      }
    },
    close: () => request.destroy(),
  }
}

describeOnDatabases('GET /sync/events', (current) => {
  let app: FastifyInstance | undefined
  let pc: TestDevice
  beforeEach(async () => {
    pc = await addDevice(current().db, ['loc-a'])
  })
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  const start = async (keepAliveMs = 15_000) => {
    app = buildApp({ db: current().db, keepAliveMs, validatePush: acceptWellFormed })
    await app.listen({ port: 0, host: '127.0.0.1' })
    return (app.server.address() as AddressInfo).port
  }

  it('sends resync on connect and a change after every committed push, to every client', async () => {
    const port = await start()
    const a = connect(port, pc.token)
    const b = connect(port, pc.token)
    await a.next((m) => m.event === 'resync')
    const resync = await b.next((m) => m.event === 'resync')
    expect(JSON.parse(resync.data ?? 'null')).toEqual({})
    expect(a.headers()?.['content-type']).toMatch(/^text\/event-stream/)
    expect(a.headers()?.[SERVER_TIME_HEADER]).toBeTypeOf('string')

    const newDoc: SyncDoc = { id: 'k1', _deleted: false, firstName: 'Daan', locationIds: ['loc-a'] }
    const res = await fetch(`http://127.0.0.1:${port}/sync/children/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...pc.headers },
      body: JSON.stringify({ rows: [{ newDocumentState: newDoc }] }),
    })
    expect(res.status).toBe(200)
    for (const client of [a, b]) {
      const change = await client.next((m) => m.event === 'change')
      expect(JSON.parse(change.data ?? 'null') as ChangeEvent).toEqual({ collection: 'children', documents: [newDoc], checkpoint: { seq: 1 } })
    }
    a.close()
    b.close()
  })

  it('sends no change for a retried push that wrote nothing', async () => {
    const port = await start()
    const client = connect(port, pc.token)
    await client.next((m) => m.event === 'resync')
    const body = JSON.stringify({ rows: [{ newDocumentState: { id: 'a1', _deleted: false, locationId: 'loc-a' } }] })
    const init = { method: 'POST', headers: { 'content-type': 'application/json', ...pc.headers }, body }
    await fetch(`http://127.0.0.1:${port}/sync/absences/push`, init)
    await fetch(`http://127.0.0.1:${port}/sync/absences/push`, init)
    await client.next((m) => m.event === 'change')
    await new Promise((r) => setTimeout(r, 200))
    expect(client.messages.filter((m) => m.event === 'change')).toHaveLength(1)
    client.close()
  })

  it('keeps an idle stream alive with comment lines, and app.close() ends open streams', async () => {
    const port = await start(40)
    const client = connect(port, pc.token)
    await client.next((m) => m.comment !== null && m.comment.length > 0)
    await app?.close()
    app = undefined
    await client.ended // would hang (and time out) if close() waited for the stream
  })
})
