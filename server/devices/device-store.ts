// The devices table (migration 005): one row per registered PC. The device token itself is never
// stored, only its hash (auth/token-hash.ts). Location lists travel as JSON arrays, so the same SQL
// runs on pg and PGlite; NULL locations mean a central PC for every location.
import type { DeviceListItem } from '../../shared/api'
import type { Queryable } from '../db/db'
import { newToken, tokenHash } from '../auth/token-hash'

export interface DeviceRecord extends DeviceListItem {
  revokedBy: string | null
}

interface DeviceRow {
  id: string
  name: string
  location_ids: string[] | null
  registered_by: string
  registered_at: Date | string
  revoked_at: Date | string | null
  revoked_by: string | null
  last_seen_at: Date | string | null
}

const COLUMNS = 'id, name, location_ids, registered_by, registered_at, revoked_at, revoked_by, last_seen_at'

const iso = (value: Date | string): string => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null): string | null => (value === null ? null : iso(value))

function recordOf(row: DeviceRow): DeviceRecord {
  return {
    deviceId: row.id, name: row.name, locationIds: row.location_ids ?? 'all',
    registeredAt: iso(row.registered_at), registeredBy: row.registered_by,
    revokedAt: isoOrNull(row.revoked_at), revokedBy: row.revoked_by, lastSeenAt: isoOrNull(row.last_seen_at),
  }
}

const locationParam = (locationIds: readonly string[] | 'all'): string | null =>
  locationIds === 'all' ? null : JSON.stringify(locationIds)

export interface NewDevice {
  id: string
  name: string
  locationIds: readonly string[] | 'all'
  registeredBy: string
  registeredAt: Date
}

/** Stores a new device with a fresh token; the token is returned once and never again. */
export async function insertDevice(q: Queryable, device: NewDevice): Promise<{ record: DeviceRecord; token: string }> {
  const token = newToken()
  const rows = await q.query<DeviceRow>(
    `INSERT INTO devices (id, name, location_ids, token_hash, registered_by, registered_at)
     VALUES ($1, $2, CASE WHEN $3::jsonb IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text($3::jsonb)) END, $4, $5, $6)
     RETURNING ${COLUMNS}`,
    [device.id, device.name, locationParam(device.locationIds), tokenHash(token), device.registeredBy, device.registeredAt.toISOString()],
  )
  return { record: recordOf(rows[0]!), token }
}

export async function readDevice(q: Queryable, id: string): Promise<DeviceRecord | null> {
  const rows = await q.query<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE id = $1`, [id])
  return rows[0] === undefined ? null : recordOf(rows[0])
}

/** Every device ('all'), or those registered for at least one of these locations (central PCs left out). */
export async function listDevices(q: Queryable, touching: readonly string[] | 'all'): Promise<DeviceRecord[]> {
  const rows = touching === 'all'
    ? await q.query<DeviceRow>(`SELECT ${COLUMNS} FROM devices ORDER BY registered_at, id`)
    : await q.query<DeviceRow>(
      `SELECT ${COLUMNS} FROM devices
        WHERE location_ids && ARRAY(SELECT jsonb_array_elements_text($1::jsonb))
        ORDER BY registered_at, id`,
      [JSON.stringify(touching)],
    )
  return rows.map(recordOf)
}

/** Revokes once: a second revocation keeps the first one's time and author. */
export async function revokeDevice(q: Queryable, id: string, by: string, at: Date): Promise<DeviceRecord | null> {
  await q.query('UPDATE devices SET revoked_at = $3, revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL', [id, by, at.toISOString()])
  return readDevice(q, id)
}

export interface TokenDevice {
  id: string
  locationIds: readonly string[] | 'all'
  revoked: boolean
  lastSeenAt: Date | null
}

export async function deviceByToken(q: Queryable, token: string): Promise<TokenDevice | null> {
  const rows = await q.query<Pick<DeviceRow, 'id' | 'location_ids' | 'revoked_at' | 'last_seen_at'>>(
    'SELECT id, location_ids, revoked_at, last_seen_at FROM devices WHERE token_hash = $1', [tokenHash(token)],
  )
  const row = rows[0]
  if (row === undefined) return null
  return {
    id: row.id, locationIds: row.location_ids ?? 'all', revoked: row.revoked_at !== null,
    lastSeenAt: row.last_seen_at === null ? null : new Date(row.last_seen_at),
  }
}

/** Sets last_seen_at unless it is already newer than `staleBefore` (two PCs' calls need not both write). */
export async function touchDevice(q: Queryable, id: string, now: Date, staleBefore: Date): Promise<void> {
  await q.query(
    'UPDATE devices SET last_seen_at = $2 WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $3)',
    [id, now.toISOString(), staleBefore.toISOString()],
  )
}
