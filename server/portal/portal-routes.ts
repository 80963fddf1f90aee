// The parent channel (SPEC §5) under /portal, for the parent portal (Konnect today) and nobody else:
// Bearer PORTAL_TOKEN, closed (503) without one. A parent's request and absence report are built
// here as a PC builds them and pushed through the same checks as `by: 'ouderportaal'` (R1–R3, R12);
// the portal reads decisions, balances and sign-up status, and reports account activation.
// Every write is idempotent on its id: the portal retries, and a retry answers what the first did.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { AbsenceReason, DayPart, LedgerEntry, Request, RequestKind } from '../../shared/domain'
import { absenceId, ledgerIds } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import type { SyncDoc } from '../../shared/sync'
import type { Db } from '../db/db'
import { readDocuments } from '../sync/document-store'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { validatePush as defaultValidatePush, type ValidatePush } from '../sync/validate-push'
import { childOverview } from './child-overview'
import { buildParentAbsence } from './parent-absence'
import { recordActivation, type Activation } from './parent-activation'
import { buildParentRequest } from './parent-request'
import { requirePortal } from './portal-auth'
import { portalConfig } from './portal-config'
import { pushAsParent, type PortalWrite } from './portal-push'
import {
  readChild, readChildLocations, readFactsAbout, readLedger, readRequests, readSignupLines, schoolClosedOn,
} from './portal-reads'
import { portalRefusal, type PortalRefusal } from './portal-refusals'
import { absenceRoute, activationRoute, childRoute, requestRoute } from './portal-schemas'

export interface PortalRouteDeps {
  db: Db
  publisher: OrderedPublisher
  validatePush?: ValidatePush
  /** The portal's secret; defaults to PORTAL_TOKEN from the environment (portal-config.ts), null closes the channel. */
  token?: string | null
  now?: () => Date
}

interface RequestBody { id: string; childId: string; groupId?: string; date: string; dayPart: DayPart; kind: RequestKind; remarks?: string }
interface AbsenceBody { id: string; childId: string; date: string; dayPart: DayPart; reason: AbsenceReason; note?: string }

const statusNames = { 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity' } as const

function refuse(reply: FastifyReply, status: keyof typeof statusNames, refusal: PortalRefusal): FastifyReply {
  return reply.code(status).send({ statusCode: status, error: statusNames[status], code: refusal.code, message: refusal.message })
}

/** Whether a stored request is the one this body asks for (a retry), not another request under the same id. */
function sameAsk(stored: SyncDoc, body: RequestBody): boolean {
  const r = stored as SyncDoc & Request
  return !r._deleted && r.childId === body.childId && r.date === body.date && r.dayPart === body.dayPart
    && r.submittedVia === 'ouder' && (body.groupId === undefined || r.groupId === body.groupId)
    && (r.kind === body.kind || (body.kind === 'extra dag' && r.kind === 'ruildag'))
}

export function registerPortalRoutes(app: FastifyInstance, deps: PortalRouteDeps): void {
  const token = deps.token !== undefined ? deps.token : portalConfig().token
  const now = deps.now ?? (() => new Date())
  const push = { db: deps.db, publisher: deps.publisher, validatePush: deps.validatePush ?? defaultValidatePush }

  void app.register(async (portal) => {
    portal.addHook('onRequest', requirePortal(token))

    portal.post<{ Body: RequestBody }>('/portal/requests', { schema: requestRoute }, async (request, reply) => {
      const body = request.body
      const answerStored = (stored: SyncDoc) => sameAsk(stored, body)
        ? reply.code(201).send({ request: stored })
        : refuse(reply, 409, portalRefusal('nummer-al-gebruikt'))
      const earlier = (await readDocuments(deps.db, 'requests', [body.id])).get(body.id)
      if (earlier !== undefined) return answerStored(earlier)
      const child = await readChild(deps.db, body.childId)
      if (child === null) return refuse(reply, 404, portalRefusal('kind-onbekend'))
      const at = now()
      const built = buildParentRequest({
        id: body.id, child, locations: await readChildLocations(deps.db, child), date: body.date, dayPart: body.dayPart, kind: body.kind,
        ...(body.groupId !== undefined ? { groupId: body.groupId } : {}), ...(body.remarks !== undefined ? { remarks: body.remarks } : {}),
        ledger: await readLedger(deps.db, child.id), schoolClosed: await schoolClosedOn(deps.db, child, body.date), now: at,
      })
      if (!built.ok) return refuse(reply, 422, built.refusal)
      const writes: PortalWrite[] = [{ collection: 'requests', doc: { ...built.request, _deleted: false } }]
      if (built.reservation !== null) writes.push({ collection: 'ledger', doc: { ...built.reservation, _deleted: false } })
      const pushed = await pushAsParent(push, writes)
      if (pushed.ok) {
        request.log.info({ requestId: body.id }, 'portal: request submitted')
        return reply.code(201).send({ request: built.request })
      }
      if ('refused' in pushed) {
        request.log.info({ requestId: body.id, code: pushed.refused.code, detail: pushed.refused.detail }, 'portal: request refused')
        return refuse(reply, 422, pushed.refused)
      }
      // Stored meanwhile under this id (a retry that overtook this one): answer what stands.
      const stored = (await readDocuments(deps.db, 'requests', [body.id])).get(body.id)
      return stored === undefined ? refuse(reply, 409, portalRefusal('nummer-al-gebruikt')) : answerStored(stored)
    })

    portal.post<{ Body: AbsenceBody }>('/portal/absences', { schema: absenceRoute }, async (request, reply) => {
      const body = request.body
      const id = absenceId(body.date, body.childId, body.dayPart)
      const answer = async (stored: SyncDoc) => {
        const credit = (await readDocuments(deps.db, 'ledger', [ledgerIds.earnedFromAbsence(id)])).get(ledgerIds.earnedFromAbsence(id))
        return reply.code(201).send({
          id: body.id, absenceId: id, childId: body.childId, date: body.date, dayPart: body.dayPart, reportedAt: stored.reportedAt,
          earnedHours: credit === undefined || credit._deleted ? 0 : (credit as SyncDoc & LedgerEntry).amount,
        })
      }
      // R12: a report is final; the same report again (a retry, or the group took the call first) is that report.
      const earlier = (await readDocuments(deps.db, 'absences', [id])).get(id)
      if (earlier !== undefined && !earlier._deleted) return answer(earlier)
      const child = await readChild(deps.db, body.childId)
      if (child === null) return refuse(reply, 404, portalRefusal('kind-onbekend'))
      const built = buildParentAbsence({
        child, locations: await readChildLocations(deps.db, child), date: body.date, dayPart: body.dayPart, reason: body.reason,
        ...(body.note !== undefined ? { note: body.note } : {}),
        approved: await readRequests(deps.db, child, { date: body.date, status: 'goedgekeurd' }), ledger: await readLedger(deps.db, child.id), now: now(),
      })
      if (!built.ok) return refuse(reply, 422, built.refusal)
      const writes: PortalWrite[] = [{ collection: 'absences', doc: { ...built.absence, _deleted: false } }]
      if (built.credit !== null) writes.push({ collection: 'ledger', doc: { ...built.credit, _deleted: false } })
      const pushed = await pushAsParent(push, writes)
      if (pushed.ok) return answer({ ...built.absence, _deleted: false })
      if ('refused' in pushed) return refuse(reply, 422, pushed.refused)
      return answer(pushed.stored)
    })

    portal.get<{ Params: { childId: string } }>('/portal/children/:childId', { schema: childRoute }, async (request, reply) => {
      const child = await readChild(deps.db, request.params.childId)
      if (child === null) return refuse(reply, 404, portalRefusal('kind-onbekend'))
      const lines = await readSignupLines(deps.db, child)
      return childOverview({
        child, requests: await readRequests(deps.db, child), ledger: await readLedger(deps.db, child.id), lines,
        lineFacts: await readFactsAbout(deps.db, child, lines.map((l) => l.id)), today: amsterdamDate(now()),
      })
    })

    portal.post<{ Body: Activation }>('/portal/activations', { schema: activationRoute }, async (request, reply) => {
      const result = await recordActivation({ db: deps.db, publisher: deps.publisher }, request.body, now())
      if (!result.ok) return refuse(reply, result.status, result.refusal)
      return { childId: result.childId, parentRank: result.parentRank, portalActivatedAt: result.portalActivatedAt }
    })
  })
}
