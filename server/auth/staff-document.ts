// The replicated staff document (shared/domain staff schema) as the server reads it for sign-in
// and for managing staff: role and locations come from there, never from the accounts table.
import type { StaffProfile } from '../../shared/api'
import { isDocument, type Staff } from '../../shared/domain'
import type { Queryable } from '../db/db'
import { readDocuments } from '../sync/document-store'

/** The stored staff document, or null when there is none, it is deleted, or it does not fit the schema. */
export async function readStaff(q: Queryable, id: string): Promise<Staff | null> {
  const doc = (await readDocuments(q, 'staff', [id])).get(id)
  if (doc === undefined || doc._deleted) return null
  return isDocument('staff', doc) ? doc : null
}

/** What a signed-in client may know about itself (no secrets, no bookkeeping): the shape main receives. */
export type { StaffProfile }

export function profileOf(staff: Staff): StaffProfile {
  return { id: staff.id, name: staff.name, role: staff.role, locationIds: [...staff.locationIds] }
}
