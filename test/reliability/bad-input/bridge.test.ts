// Every bridge channel (the contract's methodNames, which register.ts and the PC host's WebSocket
// serve) gets random arguments through the dispatcher the preload reaches, on one PC's real services
// (temp data folder) against the real server. Every call answers an envelope: a typed BridgeError or
// a result; nothing escapes it, no error names a secret or a path, and a refused call leaves the
// PC's identity, registration, verifiers and session as they were.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { methodNames, type MethodName } from '../../../shared/api/contract'
import { demoPasswords, demoStaff } from '../../../shared/demo'
import { buildApp } from '../../../server/app'
import type { Db } from '../../../server/db/db'
import { openDatabase } from '../../../server/db/open-db'
import { ensureDemoAccounts } from '../../../server/demo/demo-accounts'
import { insertInBatches } from '../../../server/demo/document-batches'
import { openTestPc, type TestPc } from '../../electron/support/test-pc'
import { freshPgliteDataDir } from '../../support/pg-lite-template'
import { fuzzOptions, fuzzOptionsFor, fuzzRuns, fuzzTimeout } from './fuzz-runs'
import { oddText, oddValue } from './hostile-values'

const manager = demoStaff.find((s) => s.role === 'manager')!
const password = demoPasswords[manager.id]!.password
const pin = demoPasswords[manager.id]!.pin
const location = manager.locationIds[0]!

/** Valid arguments of every method: the Record makes a new method without an entry a compile error. */
const validArgs: Record<MethodName, Record<string, unknown>> = {
  'app.info': {}, 'sync.status': {}, 'db.encryptionKey': {}, 'session.current': {}, 'session.lock': {}, 'session.signOut': {},
  'session.signing.signed': {},
  'sync.pull': { collection: 'children', checkpoint: null, batchSize: 10, window: { from: '2026-03-01', to: '2026-03-31' } },
  'sync.push': { collection: 'studydays', rows: [{ newDocumentState: { id: 'school-1:2026-12-04', _deleted: false } }] },
  'device.register': { staffId: manager.id, password: 'fout-wachtwoord', name: 'Groepsruimte', locationIds: [location] },
  'session.signIn': { staffId: manager.id, password: 'fout-wachtwoord' },
  'session.switch': { staffId: manager.id, pin: '0000' },
  'session.signing.enter': { sheetId: 'lijst-1', draft: { childId: 'kind-1', parentName: 'Ouder', dayPart: 'ochtend' } },
  'session.signing.leave': { staffId: manager.id, pin: '0000' },
  'print.pdf': { html: '<p>x</p>', fileName: 'lijst.pdf' },
}

/** Arguments of every kind: anything at all, or the method's own shape with one field made odd or dropped. */
function argsFor(method: MethodName): fc.Arbitrary<unknown> {
  const base = validArgs[method]
  const keys = Object.keys(base)
  const shaped = keys.length === 0
    ? fc.dictionary(oddText.filter((k) => k.length < 50), oddValue, { minKeys: 1, maxKeys: 2 })
    : fc.oneof(
      fc.tuple(fc.constantFrom(...keys), oddValue).map(([k, v]) => ({ ...base, [k]: v })),
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== k))),
      fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra'), oddValue).map(([k, v]) => JSON.parse(`{${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'},${JSON.stringify(base).slice(1)}`) as unknown),
    )
  return fc.oneof(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), shaped, shaped)
}

let root: string
let pgDir: string
let db: Db
let app: FastifyInstance
let pc: TestPc
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  root = await mkdtemp(join(tmpdir(), 'locatiedesk-bridge-fuzz-'))
  pgDir = await freshPgliteDataDir()
  db = await openDatabase({ databaseUrl: null, dataDir: pgDir })
  await insertInBatches(db, { staff: demoStaff }, { author: 'test', device: null, clientTime: null })
  await ensureDemoAccounts(db, { N: 1024, r: 8, p: 1 })
  app = buildApp({ db })
  const serverUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  // A printer that only says where it would write: print.pdf's arguments are what is fuzzed, not Chromium.
  pc = await openTestPc(serverUrl, root, 'pc-1', { pdf: { print: async ({ fileName }) => ({ path: join(root, 'pdf', fileName) }) } })
  // A registered PC with a signed-in manager, a PIN verifier and a device token: the state to keep.
  await pc.ok('device.register', { staffId: manager.id, password, name: 'Groepsruimte', locationIds: [location] })
  await pc.ok('session.signIn', { staffId: manager.id, password, pin })
}, 60_000)

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  pc?.close()
  await app?.close()
  await db?.close()
  if (root) await rm(root, { recursive: true, force: true })
  if (pgDir) await rm(pgDir, { recursive: true, force: true })
})

/** Every file of the PC's data folder (identity, registration, secrets and verifiers) and its session. */
async function localState(options: { withoutAttempts?: boolean } = {}): Promise<string> {
  const files = (await readdir(pc.dataDir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile())
  const contents = await Promise.all(files.map(async (f) => {
    const text = await readFile(join(f.parentPath, f.name), 'utf8')
    return [join(f.parentPath, f.name), options.withoutAttempts && f.name === 'secrets.json' ? withoutAttempts(text) : text]
  }))
  return JSON.stringify([contents.sort(), await pc.session()])
}

/** Attempt bookkeeping an account has on the PC: a wrong password or PIN counts here on purpose (F1). */
const attemptFields = ['wrongPasswords', 'wrongPins', 'blockedUntil', 'pin'] as const

/** The PC's secrets with each verifier's attempt bookkeeping left out. */
function withoutAttempts(secretsJson: string): string {
  const file = JSON.parse(secretsJson) as { secrets: Record<string, string> }
  const verifiers = file.secrets['session.verifiers']
  if (verifiers === undefined) return secretsJson
  const parsed = JSON.parse(verifiers) as { users: Record<string, unknown>[] }
  for (const user of parsed.users) for (const field of attemptFields) delete user[field]
  return JSON.stringify({ ...file, secrets: { ...file.secrets, 'session.verifiers': JSON.stringify(parsed) } })
}

/** Refusals of a wrong password or PIN: they count the attempt (and after too many block it), nothing else. */
const wrongCredentials = new Set(['onjuist', 'geblokkeerd'])

/** The device token, verifiers and keys the PC holds: none may appear in an error. */
async function secretValues(): Promise<string[]> {
  const files = (await readdir(pc.dataDir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile() && f.name.endsWith('.json'))
  const values: string[] = [password, pin]
  const collect = (v: unknown): void => {
    if (typeof v === 'string' && v.length >= 16) values.push(v)
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(collect)
  }
  for (const f of files) collect(JSON.parse(await readFile(join(f.parentPath, f.name), 'utf8')))
  return values
}

/**
 * The manager back at the PC. The fuzz's wrong passwords lock an account after a few tries (the server's
 * rule, tested elsewhere); that lock is lifted first, as an administrator would.
 */
async function signInAgain(): Promise<void> {
  await db.exec('UPDATE accounts SET failed_attempts = 0, locked_until = NULL')
  await pc.ok('session.signIn', { staffId: manager.id, password, pin })
}

const runs = fuzzRuns(12)

it('lists a valid argument shape for every channel', () => {
  expect(Object.keys(validArgs).sort()).toEqual([...methodNames].sort())
})

it('answers random arguments on every channel with a typed error or a result, and a refusal changes nothing', async () => {
  const secrets = (await secretValues()).filter((s) => s !== manager.id)
  let refused = 0
  for (const method of methodNames) {
    // Locking or signing out with valid (empty) arguments is allowed: those change the session on purpose.
    const changesSessionWhenValid = ['session.lock', 'session.signOut', 'session.signing.signed'].includes(method)
    await fc.assert(fc.asyncProperty(argsFor(method), async (args) => {
      const before = await localState()
      const beforeAttempts = await localState({ withoutAttempts: true })
      const answer = await pc.call(method, args)
      expect(typeof answer.ok, method).toBe('boolean')
      if (answer.ok) {
        if (changesSessionWhenValid) await signInAgain()
        return
      }
      refused++
      const what = `${method} ${safeJson(args)} → ${JSON.stringify(answer.error).slice(0, 300)}`
      // Typed codes: the bridge's and transport's 'bridge.invalid-args', 'sync.refused'; the session's own 'geen-recht'.
      expect(answer.error.code, what).toMatch(/^([a-z]+\.)?[a-z]+(-[a-z]+)*$/)
      expect(answer.error.message, what).toMatch(/\S/)
      expect(answer.error.message, what).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/)
      expect(answer.error.message.includes(pc.dataDir), `${what}: names the data folder`).toBe(false)
      for (const secret of secrets) expect(answer.error.message.includes(secret), `${what}: a secret in the message`).toBe(false)
      if (wrongCredentials.has(answer.error.code)) {
        // A well-formed but wrong PIN or password (the fuzz guesses one now and then): only its count changed.
        expect(await localState({ withoutAttempts: true }), `${what}: the PC's state changed beyond the attempt count`).toBe(beforeAttempts)
        await signInAgain() // back to a clean count and the manager's PIN, as after any sign-in
      } else {
        expect(await localState(), `${what}: the PC's state changed`).toBe(before)
      }
    }), fuzzOptionsFor(runs))
  }
  expect(refused).toBeGreaterThan(methodNames.length)
  // Nothing escaped the envelope, not even later (a promise some handler left behind).
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(unhandled).toEqual([])
  // The PC still works: registered, signed in, its token accepted by the server.
  expect((await pc.ok<{ device: unknown }>('app.info')).device).not.toBeNull()
  expect((await pc.session()).user?.id).toBe(manager.id)
  const pulled = await pc.call('sync.pull', { collection: 'staff', checkpoint: null, batchSize: 5 })
  expect(pulled.ok, JSON.stringify(pulled)).toBe(true)
}, fuzzTimeout(50_000, 12))

it('answers an unknown channel name with a typed error', async () => {
  await fc.assert(fc.asyncProperty(fc.oneof(fc.anything(), oddText.filter((s) => !(methodNames as readonly string[]).includes(s))), async (method) => {
    const answer = await pc.call(method as string, {})
    expect(answer.ok).toBe(false)
    if (!answer.ok) expect(answer.error.code).toBe('bridge.unknown-method')
  }), fuzzOptions(20))
}, fuzzTimeout(20_000, 20))

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value)).slice(0, 300)
  } catch {
    return String(value).slice(0, 300)
  }
}
