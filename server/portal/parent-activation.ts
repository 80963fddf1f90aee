// `voorwaarden geaccepteerd`: the portal reports that a parent activated their account. The server
// records it on the child's parent (portalActivatedAt) through writeAsServer, so every PC of the
// child's locations shows the activation status (F8). Reported again with the same moment, it
// changes nothing; with another moment, the later report stands.
import type { Child } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import { PARENT_PORTAL } from '../sync/checks/acting-as'
import { MAX_CLIENT_TIME_AHEAD_MS } from '../sync/checks/client-time-bound'
import { writeAsServer, type ServerWriteDeps } from '../sync/server-write'
import { readChild } from './portal-reads'
import { portalRefusal, type PortalRefusal } from './portal-refusals'

export interface Activation {
  childId: string
  parentRank: 1 | 2
  acceptedAt: string
}

export type ActivationResult =
  | { ok: true; childId: string; parentRank: 1 | 2; portalActivatedAt: string }
  | { ok: false; status: 404 | 422; refusal: PortalRefusal }

export async function recordActivation(deps: ServerWriteDeps, activation: Activation, now: Date): Promise<ActivationResult> {
  const acceptedAt = new Date(activation.acceptedAt).toISOString()
  if (Date.parse(acceptedAt) > now.getTime() + MAX_CLIENT_TIME_AHEAD_MS) return { ok: false, status: 422, refusal: portalRefusal('tijd-in-toekomst') }
  return writeAsServer<ActivationResult>(deps, async (q) => {
    const child = await readChild(q, activation.childId)
    if (child === null) return { result: { ok: false, status: 404, refusal: portalRefusal('kind-onbekend') }, writes: [] }
    const parent = child.parents.find((p) => p.rank === activation.parentRank)
    if (parent === undefined) return { result: { ok: false, status: 404, refusal: portalRefusal('ouder-onbekend') }, writes: [] }
    const result: ActivationResult = { ok: true, childId: child.id, parentRank: activation.parentRank, portalActivatedAt: acceptedAt }
    if (parent.portalActivatedAt === acceptedAt) return { result, writes: [] }
    const next: SyncDoc & Child = {
      ...child, _deleted: false, updatedAt: now.toISOString(),
      parents: child.parents.map((p) => (p.rank === activation.parentRank ? { ...p, portalActivatedAt: acceptedAt } : p)),
    }
    return { result, writes: [{ collection: 'children', docs: [next], meta: { author: PARENT_PORTAL, device: PARENT_PORTAL, clientTime: acceptedAt } }] }
  })
}
