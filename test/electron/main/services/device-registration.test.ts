// Registering a PC and losing it again (F1), through the bridge against the REAL server: a manager
// registers, the device token goes to the secret store and onto every sync call, the manager's own
// sign-in is ended; a revoked PC stops syncing, says so, and keeps what it has.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppInfo, DeviceRegistration, SyncStatus } from '../../../../shared/api/contract'
import { demoLocationIds } from '../../../../shared/demo/organisation'
import { DEVICE_TOKEN_SECRET } from '../../../../electron/main/services/device-registration'
import { passwordOf, startAccountServer, type AccountServer } from '../../support/account-server'
import { openTestPc, type TestPc } from '../../support/test-pc'

let server: AccountServer
const pcs: TestPc[] = []
const [goverwelle, bloemendaal, triangel] = demoLocationIds as [string, string, string]

beforeAll(async () => {
  server = await startAccountServer()
}, 60_000)

afterAll(async () => {
  for (const pc of pcs) pc.close()
  await server?.close()
})

async function pc(name: string): Promise<TestPc> {
  const opened = await openTestPc(server.proxy.url, server.root, name)
  pcs.push(opened)
  return opened
}

async function deviceToken(p: TestPc): Promise<string | null> {
  return p.services.device.token()
}

const register = (staffId: string, extra: Record<string, unknown> = {}) =>
  ({ staffId, password: passwordOf(staffId), name: 'Groepsruimte 1', ...extra })

describe('PC registration (real server)', () => {
  it('refuses to sync before registration, then a manager registers the PC for their own locations', async () => {
    const p = await pc('pc-manager')
    const before = await p.ok<AppInfo>('app.info')
    expect(before.device).toBeNull()
    expect(before.deviceId).toBe(p.services.deviceId)
    expect(await p.refused('sync.pull', { collection: 'children', checkpoint: null, batchSize: 10 })).toMatchObject({ code: 'niet-geregistreerd' })

    const registered = await p.ok<DeviceRegistration>('device.register', register('marieke.jansen'))
    expect(registered).toMatchObject({ name: 'Groepsruimte 1', locationIds: [goverwelle, bloemendaal], registeredBy: 'marieke.jansen' })
    const info = await p.ok<AppInfo>('app.info')
    expect(info.device).toEqual(registered)
    expect(info.deviceId).toBe(registered.deviceId)
    expect(info.deviceId).not.toBe(p.services.deviceId)

    // The registration is on file, the token only in the secret store.
    expect(JSON.parse(await readFile(join(p.dataDir, 'registration.json'), 'utf8'))).toEqual(registered)
    const token = await deviceToken(p)
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    const secrets = JSON.parse(await readFile(join(p.dataDir, 'secrets.json'), 'utf8')) as { secrets: Record<string, string> }
    expect(secrets.secrets[DEVICE_TOKEN_SECRET]).toBe(token)

    // The manager did not sign in to work: their sign-in is ended at once.
    const sessions = await server.db.query<{ revoked: boolean }>(
      "SELECT revoked_at IS NOT NULL AS revoked FROM sessions WHERE staff_id = 'marieke.jansen'",
    )
    expect(sessions.map((s) => s.revoked)).toEqual([true])
    expect((await p.session()).user).toBeNull()

    // Now it syncs: the event stream opens, a pull is answered.
    await vi.waitFor(() => expect(p.services.transport.status().online).toBe(true), { timeout: 5_000 })
    expect(await p.ok('sync.pull', { collection: 'staff', checkpoint: null, batchSize: 5 })).toMatchObject({ documents: expect.any(Array) })
    expect(p.crossed.some((text) => text.includes(token!))).toBe(false)
  })

  it('registers a central PC for all locations by customer service, and a chosen subset by a manager', async () => {
    const central = await pc('pc-central')
    expect(await central.ok<DeviceRegistration>('device.register', register('linda.klantenservice'))).toMatchObject({ locationIds: 'all' })
    const subset = await pc('pc-subset')
    expect(await subset.ok<DeviceRegistration>('device.register', register('marieke.jansen', { locationIds: [bloemendaal] })))
      .toMatchObject({ locationIds: [bloemendaal] })
    expect(await subset.refused('device.register', register('marieke.jansen'))).toMatchObject({ code: 'geen-recht' })
  })

  it('answers refusals with the bridge codes and the server’s Dutch message, and stays unregistered', async () => {
    const p = await pc('pc-refused')
    expect(await p.refused('device.register', { ...register('marieke.jansen'), password: 'fout' })).toEqual({
      code: 'onjuist', message: 'Onjuiste gebruikersnaam of wachtwoord',
    })
    const groep = await p.refused('device.register', register('anouk.devries'))
    expect(groep.code).toBe('geen-recht')
    expect(groep.message).toMatch(/PC/)
    expect(await p.refused('device.register', register('marieke.jansen', { locationIds: [triangel] }))).toMatchObject({ code: 'geen-recht' })
    expect(await p.refused('device.register', register('vincent.oudmedewerker'))).toMatchObject({ code: 'niet-actief' })
    expect((await p.ok<AppInfo>('app.info')).device).toBeNull()
    expect(await deviceToken(p)).toBeNull()

    server.proxy.cut()
    try {
      expect(await p.refused('device.register', register('marieke.jansen'))).toMatchObject({ code: 'server-onbereikbaar' })
    } finally {
      server.proxy.restore()
    }
  })

  it('keeps the registration across a restart of the services', async () => {
    const first = await pc('pc-restart')
    const registered = await first.ok<DeviceRegistration>('device.register', register('esther.vanleeuwen'))
    first.close()
    const again = await pc('pc-restart')
    expect((await again.ok<AppInfo>('app.info')).device).toEqual(registered)
    await vi.waitFor(() => expect(again.services.transport.status().online).toBe(true), { timeout: 5_000 })
  })

  it('stops syncing when the PC is revoked: device.revoked, offline, sync refused, the local key kept', async () => {
    const p = await pc('pc-revoked')
    const registered = await p.ok<DeviceRegistration>('device.register', register('dennis.hoogendoorn'))
    await vi.waitFor(() => expect(p.services.transport.status().online).toBe(true), { timeout: 5_000 })
    const key = await p.ok<{ key: string }>('db.encryptionKey')

    const manager = await server.signIn('dennis.hoogendoorn')
    const revoke = await fetch(`${server.directUrl}/devices/${registered.deviceId}/revoke`, {
      method: 'POST', headers: { authorization: `Bearer ${manager}` },
    })
    expect(revoke.status).toBe(200)

    // The server ends the stream; reconnecting is refused with pc-ingetrokken.
    await vi.waitFor(() => expect(p.eventsOf('device.revoked')).toEqual([{ deviceId: registered.deviceId }]), { timeout: 10_000 })
    expect(p.services.transport.status().online).toBe(false)
    expect(p.eventsOf('sync.status').at(-1)).toMatchObject({ online: false } satisfies Partial<SyncStatus>)
    expect(await p.refused('sync.push', { collection: 'attendance', rows: [] })).toMatchObject({ code: 'pc-ingetrokken' })
    const info = await p.ok<AppInfo>('app.info')
    expect(info.device).toBeNull()
    expect(await deviceToken(p)).toBeNull()
    expect(JSON.parse(await readFile(join(p.dataDir, 'registration.json'), 'utf8'))).toMatchObject({ deviceId: registered.deviceId, revokedAt: expect.any(String) })
    expect(await p.ok<{ key: string }>('db.encryptionKey')).toEqual(key)

    // Nothing more goes out: no reconnects of the stream.
    const connects = p.eventsOf('device.revoked').length
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(p.eventsOf('device.revoked')).toHaveLength(connects)

    // A manager can register it again: it syncs with the new device.
    const again = await p.ok<DeviceRegistration>('device.register', register('dennis.hoogendoorn'))
    expect(again.deviceId).not.toBe(registered.deviceId)
    await vi.waitFor(() => expect(p.services.transport.status().online).toBe(true), { timeout: 5_000 })
  })
})
