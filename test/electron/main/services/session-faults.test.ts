// Sign-in when the server answers badly, which a real server cannot be made to do on cue: a 5xx, or
// no answer at all within the wait. Both count as "unreachable", so sign-in goes offline. A tiny
// stand-in (node:http) plays the server; the real one is in session.test.ts.
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionState } from '../../../../shared/api/contract'
import type { SignInResponse } from '../../../../shared/api/server-http'
import { openTestPc, type TestPc } from '../../support/test-pc'

type Mode = 'ok' | 'error' | 'hang' | 'garbage'
let mode: Mode = 'ok'
let server: Server
let url: string
let root: string
let pc: TestPc
const hanging = new Set<() => void>()

const answer: SignInResponse = {
  token: 'staff-token-abcdefghijklmnopqrstuvwxyz', expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  staff: { id: 'lotte.visser', name: 'Lotte Visser', role: 'groepsmedewerker', locationIds: ['loc-bloemendaal'] },
  pinVerified: true,
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'locatiedesk-faults-'))
  server = createServer((request, response) => {
    request.resume()
    if (request.url !== '/auth/sign-in') return void response.writeHead(204).end()
    if (mode === 'hang') return void hanging.add(() => response.destroy())
    if (mode === 'error') return void response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>')
    if (mode === 'garbage') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  pc = await openTestPc(url, root, 'pc-faults', { accountTimeoutMs: 300 })
})

afterAll(async () => {
  pc?.close()
  for (const end of hanging) end()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await rm(root, { recursive: true, force: true })
})

const signIn = () => pc.call('session.signIn', { staffId: 'lotte.visser', password: 'demo-lotte', pin: '1334' })
const modeOf = async () => {
  const result = await signIn()
  if (!result.ok) throw new Error(result.error.code)
  return (result.result as SessionState).mode
}

describe('sign-in when the server answers badly', () => {
  it('goes offline on a 5xx, on no answer within the wait, and on an answer that is not the protocol', async () => {
    mode = 'ok'
    expect(await modeOf()).toBe('online')
    mode = 'error'
    expect(await modeOf()).toBe('offline')
    mode = 'hang'
    const started = performance.now()
    expect(await modeOf()).toBe('offline')
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    expect(performance.now() - started).toBeLessThan(3_000)
    mode = 'garbage'
    expect(await modeOf()).toBe('offline')
    // The staff token of the online sign-in never left main.
    expect(pc.crossed.join('\n')).not.toContain(answer.token)
  })

  it('answers server-onbereikbaar for a registration the server cannot take', async () => {
    mode = 'error'
    expect(await pc.refused('device.register', { staffId: 'marieke.jansen', password: 'demo-marieke', name: 'pc' }))
      .toMatchObject({ code: 'server-onbereikbaar' })
  })
})
