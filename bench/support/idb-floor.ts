// The floor: the same attendance records written straight into IndexedDB in the same Chromium, with
// a fresh on-disk profile, through the raw API: one object store keyed by id with the indexes RxDB
// made for the collection, 1,000 records per transaction. Nothing an app can do stores them faster.
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../test/e2e/support/chromium'
import type { StoreShape } from './local-count'
import { keepNamesShim } from './page-probe'

export const FLOOR_BATCH = 1_000

/** IndexedDB needs a real origin: an empty page on 127.0.0.1. */
async function startBlankPage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>floor</title>'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }
}

interface WriteArgs {
  shape: StoreShape
  batch: number
}

/** Serialised into the page: writes window.__floorRecords and answers the ms it took. */
async function writeRecords({ shape, batch }: WriteArgs): Promise<number> {
  const records = (window as unknown as { __floorRecords: object[] }).__floorRecords
  const started = performance.now()
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('floor', 1)
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('docs', { keyPath: shape.keyPath ?? 'id' })
      for (const index of shape.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry })
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  for (let i = 0; i < records.length; i += batch) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('docs', 'readwrite')
      const store = tx.objectStore('docs')
      for (const record of records.slice(i, i + batch)) store.put(record)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
  }
  const elapsed = performance.now() - started
  db.close()
  return elapsed
}

/** One floor measurement of `recordsJson` (a JSON array), parsed in the page before the clock starts. */
export async function measureFloor(recordsJson: string, shape: StoreShape): Promise<number> {
  const profileDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-floor-'))
  const blank = await startBlankPage()
  try {
    const context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions(), headless: true })
    try {
      await context.addInitScript(keepNamesShim)
      const page = context.pages()[0] ?? await context.newPage()
      await page.goto(blank.url)
      await page.evaluate((json) => {
        (window as unknown as { __floorRecords: object[] }).__floorRecords = JSON.parse(json) as object[]
      }, recordsJson)
      return await page.evaluate(writeRecords, { shape, batch: FLOOR_BATCH })
    } finally {
      await context.close()
    }
  } finally {
    await new Promise<void>((resolve) => blank.server.close(() => resolve()))
    await rm(profileDir, { recursive: true, force: true })
  }
}
