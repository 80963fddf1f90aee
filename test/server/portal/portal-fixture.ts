// The organisation the parent-channel and outbox tests run in, on the real clock (the portal dates
// its acts with the server's clock, as in production): loc-1 with a KDV and a BSO group, a KDV
// child whose parents have e-mail addresses, a senior of loc-1 and a PC registered for loc-1.
import type { FastifyInstance } from 'fastify'
import { vi } from 'vitest'
import type { Child, LedgerEntry } from '../../../shared/domain'
import { addDays, amsterdamDate } from '../../../shared/calendar'
import { buildApp } from '../../../server/app'
import type { Db } from '../../../server/db/db'
import { insertInBatches } from '../../../server/demo/document-batches'
import { child, location, placement, staffIds } from '../sync/checks/documents'
import { addDevice, addStaff, staffMember, type TestDevice } from '../support/devices'

export const PORTAL_TOKEN = 'portal-test-token-0123456789abcdef'
export const portalHeaders = { authorization: `Bearer ${PORTAL_TOKEN}` }

export const today = (): string => amsterdamDate(new Date())
export const ahead = (days: number): string => addDays(today(), days)

/** kind-1 (KDV, every weekday, whole days) with two parents: parent 1 chose a sign-in address, parent 2 has none. */
export function portalChild(id = 'kind-1', extra: Partial<Child> = {}): Child & { _deleted: boolean } {
  return {
    ...child(id, [placement({ id: `pl-${id}`, weekdays: [1, 2, 3, 4, 5, 6, 7], start: '2020-01-01' })]),
    parents: [
      { rank: 1, name: 'Eva de Vries', phones: ['0612345678'], emails: ['eva@example.nl', 'eva.werk@example.nl'], signInEmail: 'eva.werk@example.nl' },
      { rank: 2, name: 'Tom de Vries', phones: [], emails: [] },
    ],
    ...extra,
  }
}

export interface PortalWorld {
  app: FastifyInstance
  pc: TestDevice
}

/** Seeds the organisation and builds the app with PORTAL_TOKEN set (or unset: `token: null`). */
export async function portalWorld(db: Db, options: { token?: string | null; children?: Child[]; ledger?: LedgerEntry[] } = {}): Promise<PortalWorld> {
  vi.stubEnv('PORTAL_TOKEN', options.token === undefined ? PORTAL_TOKEN : options.token ?? '')
  const meta = { author: 'test', device: null, clientTime: null }
  await insertInBatches(db, { locations: [location()], children: options.children ?? [portalChild()], ledger: options.ledger ?? [] }, meta)
  await addStaff(db, [staffMember(staffIds.senior, 'senior', ['loc-1'])])
  const pc = await addDevice(db, ['loc-1'])
  const app = buildApp({ db })
  await app.ready()
  return { app, pc }
}
