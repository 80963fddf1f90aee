// The REAL server (server/app.ts on an embedded PGlite in a temp folder) with the demo staff and
// their accounts (shared/demo: passwords `demo-<firstname>`, PINs), behind a TCP proxy the test can
// cut to take "the network" away from a PC. Accounts are hashed cheaply; everything else is as run.
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { demoPasswords, demoStaff } from '../../../shared/demo'
import type { Db } from '../../../server/db/db'
import { openDatabase } from '../../../server/db/open-db'
import { buildApp } from '../../../server/app'
import { ensureDemoAccounts } from '../../../server/demo/demo-accounts'
import { insertInBatches } from '../../../server/demo/document-batches'
import { freshPgliteDataDir } from '../../support/pg-lite-template'
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy'

export interface AccountServer {
  /** The server itself (for the test's own calls, e.g. a manager revoking a PC). */
  directUrl: string
  /** What the PCs talk to: cut() it to take the server away from them. */
  proxy: TcpProxy
  db: Db
  root: string
  /** A staff member's sign-in token, for calls a test makes past the app. */
  signIn(staffId: string): Promise<string>
  close(): Promise<void>
}

export const passwordOf = (staffId: string): string => demoPasswords[staffId]!.password
export const pinOf = (staffId: string): string => demoPasswords[staffId]!.pin

export async function startAccountServer(): Promise<AccountServer> {
  const root = await mkdtemp(join(tmpdir(), 'locatiedesk-accounts-'))
  // A copy of an initialised cluster opens in ~1.5 s instead of initdb's 7–10 s.
  const pgDir = await freshPgliteDataDir()
  const db = await openDatabase({ databaseUrl: null, dataDir: pgDir })
  await insertInBatches(db, { staff: demoStaff }, { author: 'test', device: null, clientTime: null })
  await ensureDemoAccounts(db, { N: 1024, r: 8, p: 1 })
  // Short keep-alive and device check: a revoked PC's stream ends within a second.
  const app: FastifyInstance = buildApp({ db, keepAliveMs: 1_000, deviceCheckMs: 500 })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const directUrl = `http://127.0.0.1:${port}`
  const proxy = await startTcpProxy({ host: '127.0.0.1', port })
  return {
    directUrl, proxy, db, root,
    async signIn(staffId) {
      const response = await fetch(`${directUrl}/auth/sign-in`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ staffId, password: passwordOf(staffId) }),
      })
      if (!response.ok) throw new Error(`sign-in of ${staffId} failed: ${response.status} ${await response.text()}`)
      return ((await response.json()) as { token: string }).token
    },
    async close() {
      await proxy.close()
      await app.close()
      await db.close()
      await rm(root, { recursive: true, force: true })
      await rm(pgDir, { recursive: true, force: true })
    },
  }
}
