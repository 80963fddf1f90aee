// Who a request comes from: the Bearer token of a sign-in, resolved to the staff member's current
// document. Role and locations are read now, not at sign-in, so a change by a manager counts at once.
import type { Staff } from '../../shared/domain'
import type { Queryable } from '../db/db'
import { readAccount } from './account-store'
import { tokenStaffId } from './session-tokens'
import { readStaff } from './staff-document'

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/

/** The token of an `Authorization: Bearer …` header, or null when there is none or it is malformed. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null
  return BEARER.exec(header.trim())?.[1] ?? null
}

export async function authenticate(q: Queryable, token: string | null, now: Date): Promise<Staff | null> {
  if (token === null) return null
  const staffId = await tokenStaffId(q, token, now)
  if (staffId === null) return null
  const account = await readAccount(q, staffId)
  const staff = await readStaff(q, staffId)
  if (account === null || !account.active || staff === null || !staff.active) return null
  return staff
}
