// Stores the organisation a push is judged against (staff, locations, children, earlier facts),
// as the server's own writers would: through the push path with only the wire shape checked.
import type { Db } from '../../../../server/db/db'
import { createLocalChangeBus } from '../../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../../server/sync/ordered-publisher'
import { push } from '../../../../server/sync/push'
import { acceptWellFormed } from '../../../../server/sync/validate-push'
import type { SyncDoc } from '../../../../shared/sync'
import { location, organisationStaff } from './documents'

export async function seed(db: Db, collection: string, docs: readonly SyncDoc[]): Promise<void> {
  const meta = { author: null, device: 'server', clientTime: null }
  await push(db, createOrderedPublisher(createLocalChangeBus()), collection, docs.map((d) => ({ newDocumentState: d })), meta, acceptWellFormed)
}

/** The staff of test/server/sync/checks/documents.ts, so that every fixture's author is known. */
export async function seedStaff(db: Db): Promise<void> {
  await seed(db, 'staff', organisationStaff)
}

/** The staff and loc-1 (grp-1 with room): enough for any fixture to be authored and approved. Returns the seqs taken. */
export async function seedOrganisation(db: Db): Promise<number> {
  await seedStaff(db)
  await seed(db, 'locations', [location()])
  return organisationStaff.length + 1
}
