// PouchDB, the classic offline-first alternative, doing the same first sync: pouchdb-server (in memory, a
// child process on 127.0.0.1) holds the records, and a page in the same Chromium, with a fresh on-disk
// profile, replicates them into IndexedDB with PouchDB's browser build:
// `new PouchDB('bench').replicate.from(remote, { batch_size: 1000 })`, timed from `new PouchDB` to
// `complete` (as the floor's clock starts before `indexedDB.open`). Loading the server is not measured.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../test/e2e/support/chromium'
import { keepNamesShim } from './page-probe'
import { POUCHDB_BROWSER_BUILD, POUCHDB_SERVER_BIN } from './pouchdb-install'

export const POUCH_BATCH_SIZE = 1_000
const LOAD_CHUNK = 1_000
const START_TIMEOUT_MS = 30_000

export interface PouchDataset {
  /** The database's name on pouchdb-server. */
  name: string
  /** Records with an `id`: stored as documents with `_id` = id. */
  records: readonly object[]
}

export interface PouchReplication {
  ms: number
  /** The local database's doc_count after `complete`: must equal the records. */
  docCount: number
  docsWritten: number
  /** PouchDB's adapter in the page ('idb': IndexedDB). */
  adapter: string
}

/**
 * A CouchDB document from a benchmark record: `_id` = its id, without the `_`-fields RxDB's storage
 * adds (`_meta`, `_rev`, `_deleted` as '0'…), which CouchDB reserves.
 */
export function couchDocument(record: object): Record<string, unknown> {
  const entries = Object.entries(record)
  const id = entries.find(([key]) => key === 'id')?.[1]
  if (typeof id !== 'string') throw new Error('a benchmark record without a string id')
  return { _id: id, ...Object.fromEntries(entries.filter(([key]) => key !== 'id' && !key.startsWith('_'))) }
}

async function freePort(): Promise<number> {
  const probe = createNetServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

interface PouchServer {
  url: string
  close(): Promise<void>
}

/**
 * pouchdb-server in memory, in its own temp folder (it writes log.txt in its working directory). CORS is
 * on by default there (origins '*', express-pouchdb's cors defaults), so the page's origin may replicate.
 * Its log level is 'warning': no log line per request.
 */
async function startPouchServer(): Promise<PouchServer> {
  const dir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-pouchdb-'))
  const config = join(dir, 'config.json')
  await writeFile(config, JSON.stringify({ log: { level: 'warning' } }))
  // pouchdb-server treats --port 0 as "not given" (5984): a free port is found first.
  const port = await freePort()
  const child = spawn(process.execPath, [POUCHDB_SERVER_BIN, '--in-memory', '--host', '127.0.0.1', '--port', String(port),
    '--no-stdout-logs', '--config', config, '--dir', dir], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000)
  })
  const close = async () => {
    await stopProcess(child)
    await rm(dir, { recursive: true, force: true })
  }
  const url = `http://127.0.0.1:${port}`
  try {
    const deadline = Date.now() + START_TIMEOUT_MS
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${stderr.trim()}`)
      const ready = await fetch(`${url}/`).then((r) => r.ok, () => false)
      if (ready) break
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s: ${stderr.trim()}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } catch (error) {
    await close()
    throw error
  }
  return { url, close }
}

/** Creates the database and writes the records through `_bulk_docs`, LOAD_CHUNK at a time (not measured). */
async function loadDatabase(serverUrl: string, dataset: PouchDataset): Promise<void> {
  const dbUrl = `${serverUrl}/${dataset.name}`
  const created = await fetch(dbUrl, { method: 'PUT' })
  if (!created.ok) throw new Error(`pouchdb-server: PUT ${dataset.name} answered ${created.status} ${await created.text()}`)
  for (let i = 0; i < dataset.records.length; i += LOAD_CHUNK) {
    const docs = dataset.records.slice(i, i + LOAD_CHUNK).map(couchDocument)
    const response = await fetch(`${dbUrl}/_bulk_docs`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ docs }),
    })
    const rows = await response.json() as { error?: string; reason?: string }[]
    const failed = Array.isArray(rows) ? rows.find((row) => row.error !== undefined) : undefined
    if (!response.ok || !Array.isArray(rows) || failed !== undefined) {
      throw new Error(`pouchdb-server: _bulk_docs into ${dataset.name} failed (${response.status}): ${JSON.stringify(failed ?? rows).slice(0, 300)}`)
    }
  }
  const info = await (await fetch(dbUrl)).json() as { doc_count?: number }
  if (info.doc_count !== dataset.records.length) {
    throw new Error(`pouchdb-server: ${dataset.name} holds ${info.doc_count} documents, expected ${dataset.records.length} (duplicate ids?)`)
  }
}

/** The page: PouchDB's browser build on an origin of its own (IndexedDB needs a real origin). */
async function startPage(): Promise<{ url: string; server: Server }> {
  const script = await readFile(POUCHDB_BROWSER_BUILD)
  const server = createServer((request, response) => {
    if (request.url === '/pouchdb.min.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>pouchdb</title><script src="/pouchdb.min.js"></script>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }
}

/** Serialised into the page: replicates `remote` into a new local database and answers what it took. */
async function replicateInPage({ remote, batchSize }: { remote: string; batchSize: number }): Promise<PouchReplication> {
  interface PageDb {
    adapter: string
    replicate: { from(url: string, options: { batch_size: number }): Promise<{ ok: boolean; docs_written: number }> }
    info(): Promise<{ doc_count: number }>
    close(): Promise<void>
  }
  const PouchDB = (window as unknown as { PouchDB: new (name: string) => PageDb }).PouchDB
  const started = performance.now()
  const db = new PouchDB('bench')
  const result = await db.replicate.from(remote, { batch_size: batchSize })
  const ms = performance.now() - started
  if (!result.ok) throw new Error('PouchDB replication ended without ok')
  const info = await db.info()
  const adapter = db.adapter
  await db.close()
  return { ms, docCount: info.doc_count, docsWritten: result.docs_written, adapter }
}

/** One replication of `remoteDbUrl` into a fresh on-disk Chromium profile. */
async function measureReplication(pageUrl: string, remoteDbUrl: string): Promise<PouchReplication> {
  const profileDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-pouch-profile-'))
  try {
    const context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions(), headless: true })
    try {
      await context.addInitScript(keepNamesShim)
      const page = context.pages()[0] ?? await context.newPage()
      await page.goto(pageUrl)
      await page.waitForFunction(() => 'PouchDB' in window)
      return await page.evaluate(replicateInPage, { remote: remoteDbUrl, batchSize: POUCH_BATCH_SIZE })
    } finally {
      await context.close()
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true })
  }
}

/**
 * Loads each dataset into one pouchdb-server and replicates each `runs` times, a fresh profile every
 * time (datasets interleaved per run, so drifting load on the machine touches them alike). Throws when a
 * replication ends with another doc_count than the records. Stops the server and the page in `finally`.
 */
export async function measurePouchReplications(
  datasets: readonly PouchDataset[], runs: number, log: (message: string) => void,
): Promise<Map<string, PouchReplication[]>> {
  const server = await startPouchServer()
  const page = await startPage()
  try {
    for (const dataset of datasets) await loadDatabase(server.url, dataset)
    const results = new Map<string, PouchReplication[]>(datasets.map((d) => [d.name, []]))
    for (let run = 1; run <= runs; run++) {
      for (const dataset of datasets) {
        const replication = await measureReplication(page.url, `${server.url}/${dataset.name}`)
        if (replication.docCount !== dataset.records.length) {
          throw new Error(`PouchDB replicated ${replication.docCount} of ${dataset.records.length} documents of ${dataset.name}`)
        }
        results.get(dataset.name)!.push(replication)
        log(`PouchDB run ${run}: ${dataset.name}, ${replication.docCount} documents in ${(replication.ms / 1000).toFixed(2)} s (adapter ${replication.adapter})`)
      }
    }
    return results
  } finally {
    await closeServer(page.server)
    await server.close()
  }
}
