// A device token resolves to its PC and locations; a revoked PC says so; last_seen_at is written at
// most once a minute, on a clock the test sets.
import { expect, it } from 'vitest'
import { authenticateDevice, LAST_SEEN_EVERY_MS } from '../../../server/devices/authenticate-device'
import { describeOnDatabases } from '../../support/pg-databases'
import { addDevice, revokeTestDevice } from '../support/devices'

describeOnDatabases('authenticateDevice', (current) => {
  const lastSeen = async (id: string) =>
    (await current().db.query<{ t: Date | string | null }>('SELECT last_seen_at AS t FROM devices WHERE id = $1', [id]))[0]?.t ?? null
  const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString())

  it('answers the Caller, null for an unknown or missing token, and revoked for a revoked PC', async () => {
    const { db } = current()
    const pc = await addDevice(db, ['loc-a', 'loc-b'])
    const central = await addDevice(db, 'all')
    const now = new Date('2026-11-23T09:00:00.000Z')
    expect(await authenticateDevice(db, pc.token, now)).toEqual({ deviceId: pc.deviceId, locations: ['loc-a', 'loc-b'] })
    expect(await authenticateDevice(db, central.token, now)).toEqual({ deviceId: central.deviceId, locations: 'all' })
    expect(await authenticateDevice(db, null, now)).toBeNull()
    expect(await authenticateDevice(db, 'x'.repeat(43), now)).toBeNull()
    await revokeTestDevice(db, pc)
    expect(await authenticateDevice(db, pc.token, now)).toEqual({ revoked: true, deviceId: pc.deviceId })
  })

  it('refreshes last_seen_at at most once a minute', async () => {
    const { db } = current()
    const pc = await addDevice(db, ['loc-a'])
    const t0 = new Date('2026-11-23T09:00:00.000Z')
    const later = (ms: number) => new Date(t0.getTime() + ms)
    await authenticateDevice(db, pc.token, t0)
    expect(iso(await lastSeen(pc.deviceId))).toBe(t0.toISOString())
    await authenticateDevice(db, pc.token, later(LAST_SEEN_EVERY_MS - 1000))
    expect(iso(await lastSeen(pc.deviceId))).toBe(t0.toISOString())
    await authenticateDevice(db, pc.token, later(LAST_SEEN_EVERY_MS + 1000))
    expect(iso(await lastSeen(pc.deviceId))).toBe(later(LAST_SEEN_EVERY_MS + 1000).toISOString())
  })
})
