// server/main.ts as `npm start` runs it (node --import tsx): it starts from the environment,
// migrates the database, answers (sync only to registered PCs), and stops cleanly on SIGTERM, closing the database.
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync'
import { freshPgliteDataDir } from '../support/pg-lite-template'

const root = path.resolve(import.meta.dirname, '../..')
let dataDir: string | undefined

afterAll(async () => {
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true })
})

it('starts on the embedded database, serves /health and exits 0 on SIGTERM', async () => {
  dataDir = await freshPgliteDataDir()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: 'off', DATABASE_URL: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (c: Buffer) => { output += c.toString() })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString()
      const found = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)
      if (found?.[1] !== undefined) {
        clearTimeout(timer)
        resolve(found[1])
      }
    })
    void exited.then((code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
  try {
    const res = await fetch(`${url}/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true })
    // Sync is for registered PCs only (R19): without a device token the answer says so.
    const sync = await fetch(`${url}/sync/staff/pull`, {
      method: 'POST', headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      body: JSON.stringify({ checkpoint: null, batchSize: 10 }),
    })
    expect(sync.status).toBe(401)
    expect(await sync.json()).toMatchObject({ code: 'pc-onbekend' })
  } finally {
    child.kill('SIGTERM')
  }
  // exit(0) comes only after app.close() and db.close() resolved (a failure there exits 1).
  expect(await exited).toBe(0)
  expect(output).toContain('shutting down')
}, 60_000)
