// Registering, listing and revoking PCs over HTTP (F1): who may do what with which PC, on both
// databases. A manager (Marieke: loc-a, loc-b) works with PCs of her own locations; customer service
// with central PCs for all locations; group staff with none.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { DeviceListItem, ErrorBody, RegisterDeviceResponse } from '../../../shared/api'
import { buildApp } from '../../../server/app'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, passwordOf, people, seedPeople } from '../auth/auth-fixture'
import { syncHeaders } from '../support/devices'

describeOnDatabases('device routes', (current) => {
  let app: FastifyInstance
  const tokens = new Map<string, string>()
  beforeEach(async () => {
    await seedPeople(current().db)
    app = buildApp({ db: current().db })
    await app.ready()
    tokens.clear()
  })
  afterEach(async () => {
    await app.close()
  })

  async function staffToken(id: string): Promise<string> {
    const known = tokens.get(id)
    if (known !== undefined) return known
    const res = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: id, password: passwordOf(id) } })
    const token = res.json<{ token: string }>().token
    tokens.set(id, token)
    return token
  }
  const register = async (by: string, locationIds: unknown, name = 'Groepsruimte') =>
    app.inject({ method: 'POST', url: '/devices', headers: bearer(await staffToken(by)), payload: { name, locationIds } })
  const registered = async (by: string, locationIds: string[] | 'all') => {
    const res = await register(by, locationIds)
    expect(res.statusCode, res.body).toBe(201)
    return res.json<RegisterDeviceResponse>()
  }
  const list = async (by: string) => app.inject({ method: 'GET', url: '/devices', headers: bearer(await staffToken(by)) })
  const revoke = async (by: string, id: string) =>
    app.inject({ method: 'POST', url: `/devices/${encodeURIComponent(id)}/revoke`, headers: bearer(await staffToken(by)) })
  const pullStaff = (deviceToken: string) =>
    app.inject({ method: 'POST', url: '/sync/staff/pull', headers: syncHeaders(deviceToken), payload: { checkpoint: null, batchSize: 10 } })

  it('a manager registers a PC for her own locations: a server id, the token once, only its hash kept', async () => {
    const device = await registered(people.manager.id, ['loc-a'])
    expect(device).toMatchObject({ name: 'Groepsruimte', locationIds: ['loc-a'], registeredBy: people.manager.id })
    expect(device.deviceId).toMatch(/^pc-[0-9a-f]{12}$/)
    expect(device.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Number.isNaN(Date.parse(device.registeredAt))).toBe(false)
    const rows = await current().db.query<{ token_hash: string }>('SELECT token_hash FROM devices')
    expect(rows).toHaveLength(1)
    expect(rows[0]?.token_hash).not.toContain(device.deviceToken)
    // The token is a device token: it syncs.
    expect((await pullStaff(device.deviceToken)).statusCode).toBe(200)
    // Two registrations are two PCs.
    expect((await registered(people.manager.id, ['loc-a', 'loc-b'])).deviceId).not.toBe(device.deviceId)
  })

  it('refuses what a role may not register, with code geen-recht and nothing stored', async () => {
    const refusals: [string, unknown][] = [
      [people.manager.id, ['loc-a', 'loc-c']], // a location that is not hers
      [people.manager.id, 'all'], // a central PC reaches beyond her locations
      [people.klantenservice.id, ['loc-a']], // customer service registers central PCs only
      [people.groep.id, ['loc-a']], // group staff register nothing
    ]
    for (const [by, locationIds] of refusals) {
      const res = await register(by, locationIds)
      expect(res.statusCode, `${by} ${JSON.stringify(locationIds)}`).toBe(403)
      expect(res.json<ErrorBody>()).toMatchObject({ statusCode: 403, code: 'geen-recht', message: expect.stringMatching(/\S/) })
    }
    for (const body of [{ name: 'x', locationIds: [] }, { name: ' ', locationIds: ['loc-a'] }, { name: 'x' }, { name: 'x', locationIds: 'alle' }]) {
      const res = await app.inject({ method: 'POST', url: '/devices', headers: bearer(await staffToken(people.manager.id)), payload: body })
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
    }
    const anonymous = await app.inject({ method: 'POST', url: '/devices', payload: { name: 'x', locationIds: ['loc-a'] } })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json<ErrorBody>().code).toBe('niet-aangemeld')
    expect(await current().db.query('SELECT id FROM devices')).toEqual([])
  })

  it('customer service registers a central PC for all locations', async () => {
    const central = await registered(people.klantenservice.id, 'all')
    expect(central.locationIds).toBe('all')
    expect((await pullStaff(central.deviceToken)).statusCode).toBe(200)
  })

  it('lists the PCs of the caller\'s locations: managers their own, customer service all, group staff none', async () => {
    const ab = await registered(people.manager.id, ['loc-a', 'loc-b'])
    const c = await registered(people.otherManager.id, ['loc-c'])
    const central = await registered(people.klantenservice.id, 'all')
    const ids = async (by: string) => {
      const res = await list(by)
      expect(res.statusCode).toBe(200)
      const items = res.json<DeviceListItem[]>()
      for (const item of items) expect(item).not.toHaveProperty('deviceToken')
      return items.map((d) => d.deviceId)
    }
    expect(await ids(people.manager.id)).toEqual([ab.deviceId])
    expect(await ids(people.otherManager.id)).toEqual([c.deviceId])
    expect(new Set(await ids(people.klantenservice.id))).toEqual(new Set([ab.deviceId, c.deviceId, central.deviceId]))
    const groep = await list(people.groep.id)
    expect(groep.statusCode).toBe(403)
    expect(groep.json<ErrorBody>().code).toBe('geen-recht')
  })

  it('revokes: a manager of one of its locations or customer service; the PC is refused from then on', async () => {
    const pc = await registered(people.manager.id, ['loc-b'])
    const central = await registered(people.klantenservice.id, 'all')

    for (const [by, id] of [[people.otherManager.id, pc.deviceId], [people.groep.id, pc.deviceId], [people.manager.id, central.deviceId]] as const) {
      const res = await revoke(by, id)
      expect(res.statusCode, `${by} revokes ${id}`).toBe(403)
      expect(res.json<ErrorBody>().code).toBe('geen-recht')
    }
    expect((await pullStaff(pc.deviceToken)).statusCode).toBe(200)
    expect((await revoke(people.manager.id, 'pc-bestaatniet')).statusCode).toBe(404)

    const res = await revoke(people.manager.id, pc.deviceId)
    expect(res.statusCode).toBe(200)
    const revoked = res.json<DeviceListItem>()
    expect(revoked).toMatchObject({ deviceId: pc.deviceId, revokedAt: expect.any(String) })
    const refused = await pullStaff(pc.deviceToken)
    expect(refused.statusCode).toBe(403)
    expect(refused.json<ErrorBody>().code).toBe('pc-ingetrokken')
    // Revoking again changes nothing; the list shows it revoked.
    expect((await revoke(people.klantenservice.id, pc.deviceId)).json<DeviceListItem>().revokedAt).toBe(revoked.revokedAt)
    expect((await list(people.manager.id)).json<DeviceListItem[]>()).toEqual([expect.objectContaining({ deviceId: pc.deviceId, revokedAt: revoked.revokedAt })])

    expect((await revoke(people.klantenservice.id, central.deviceId)).statusCode).toBe(200)
    expect((await pullStaff(central.deviceToken)).statusCode).toBe(403)
  })

  it('shows when a PC was last seen', async () => {
    const pc = await registered(people.manager.id, ['loc-a'])
    const before = (await list(people.manager.id)).json<DeviceListItem[]>()
    expect(before[0]?.lastSeenAt).toBeNull()
    await pullStaff(pc.deviceToken)
    const after = (await list(people.manager.id)).json<DeviceListItem[]>()
    expect(after[0]?.lastSeenAt).toEqual(expect.any(String))
  })
})
