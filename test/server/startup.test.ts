// server/main.ts refuses to start on what an operator must fix, with one line and exit code 1, no
// stack trace: a database that does not answer (DATABASE_URL at a closed port) within seconds, and a
// setting it cannot understand. The password in DATABASE_URL never appears in what it prints.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

async function start(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const began = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (c: Buffer) => { output += c.toString() })
  child.stderr.on('data', (c: Buffer) => { output += c.toString() })
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
  clearTimeout(timer)
  return { code, output: output.trim(), ms: Date.now() - began }
}

it('exits 1 within seconds with one line when the database is unreachable', async () => {
  const port = await closedPort()
  const { code, output, ms } = await start({ DATABASE_URL: `postgres://locatiedesk:geheim-wachtwoord@127.0.0.1:${port}/locatiedesk` })
  expect(code).toBe(1)
  expect(output).toBe(`Database niet bereikbaar: 127.0.0.1:${port} (ECONNREFUSED) — database unreachable, check DATABASE_URL`)
  expect(output).not.toContain('geheim-wachtwoord')
  // ~10 s is the promise; the margin is for tsx compiling on a busy 2-core machine.
  expect(ms).toBeLessThan(15_000)
}, 35_000)

it('exits 1 with one line naming a setting it cannot understand', async () => {
  const { code, output } = await start({ PORT: 'http' })
  expect(code).toBe(1)
  expect(output).toBe('PORT is not a port number (0–65535): http')
  const url = await start({ DATABASE_URL: 'mysql://root:geheim-wachtwoord@db/x' })
  expect(url.code).toBe(1)
  expect(url.output).toBe('DATABASE_URL must start with postgres:// or postgresql://, not mysql://')
}, 65_000)
