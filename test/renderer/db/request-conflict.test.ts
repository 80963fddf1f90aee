// A request's conflict on the PC: the server's decisions stand (with their deciders), and this PC's
// decisions taken after the same states are kept on top of them and pushed again; a different decision
// on a state leaves the server's (the server told this PC in a notice). Pure function, then the handler.
import { describe, expect, it } from 'vitest'
import type { Decision } from '../../../shared/domain'
import { markRefused } from '../../../renderer/src/db/refused-changes'
import { createRequestConflictHandler, resolveRequest, type ReplicatedRequest } from '../../../renderer/src/db/request-conflict'

function request(over: Partial<ReplicatedRequest> = {}): ReplicatedRequest {
  return {
    id: 'r-1', childId: 'k-1', groupId: 'g-kdv', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date: '2026-12-01',
    dayPart: 'hele dag', kind: 'ruildag', payment: 'ruiluren', hours: 11, submittedVia: 'medewerker', status: 'ingediend', decisions: [],
    by: 'mw-1', device: 'pc-a', at: '2026-11-23T09:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z', _deleted: false, ...over,
  }
}
const decision = (status: Decision['status'], by: string, at: string): Decision => ({ status, by, device: `pc-${by}`, at })
/** The request after these decisions, as the PC that took them stores it. */
function decided(...decisions: Decision[]): ReplicatedRequest {
  const last = decisions.at(-1)!
  const waitlisted = decisions.findLast((d) => d.status === 'wachtlijst')
  return request({ decisions, status: last.status, updatedAt: last.at, ...(waitlisted ? { waitlistedAt: waitlisted.at } : {}) })
}

const fatimaWaitlists = decision('wachtlijst', 'fatima', '2026-11-24T09:00:00.000Z')
const mariekeWaitlists = decision('wachtlijst', 'marieke', '2026-11-24T09:05:00.000Z')
const mariekeApproves = decision('goedgekeurd', 'marieke', '2026-11-24T10:00:00.000Z')

describe('resolveRequest', () => {
  it('keeps this PC\'s approval taken after its own waiting-list decision, which another PC had taken first', () => {
    const master = decided(fatimaWaitlists)
    const local = decided(mariekeWaitlists, mariekeApproves)
    expect(resolveRequest(master, local)).toEqual({
      ...master, decisions: [fatimaWaitlists, mariekeApproves], status: 'goedgekeurd', updatedAt: mariekeApproves.at, waitlistedAt: fatimaWaitlists.at,
    })
  })

  it('keeps the server\'s state when it took a different decision on the same state (the server told this PC)', () => {
    const master = decided(decision('afgekeurd', 'fatima', '2026-11-24T09:00:00.000Z'))
    expect(resolveRequest(master, decided(mariekeWaitlists, mariekeApproves))).toBe(master)
  })

  it('keeps the server\'s state when this PC is behind it or has nothing more, and a tombstone', () => {
    const master = decided(fatimaWaitlists, mariekeApproves)
    expect(resolveRequest(master, decided(fatimaWaitlists))).toBe(master)
    expect(resolveRequest(master, request())).toBe(master)
    const tombstone = { ...decided(fatimaWaitlists), _deleted: true }
    expect(resolveRequest(tombstone, decided(mariekeWaitlists, mariekeApproves))).toBe(tombstone)
  })

  it('keeps every decision of this PC after the server\'s, in order', () => {
    const cancel = { ...decision('geannuleerd', 'marieke', '2026-11-25T08:00:00.000Z'), reason: 'Ziek' }
    const master = request({ invoiceDate: '2026-12-01' })
    const resolved = resolveRequest(master, { ...decided(mariekeApproves, cancel), invoiceDate: '2026-12-01' })
    expect(resolved.decisions).toEqual([mariekeApproves, cancel])
    expect(resolved.status).toBe('geannuleerd')
    expect(resolved.invoiceDate).toBeUndefined()
  })
})

describe('the request conflict handler', () => {
  it('settles on the server\'s state for a decision the server refused (not pushed again)', async () => {
    const handler = createRequestConflictHandler()
    const master = decided(fatimaWaitlists)
    const local = decided(mariekeWaitlists, mariekeApproves)
    markRefused('requests', ['r-1'])
    const input = { realMasterState: master, newDocumentState: local, assumedMasterState: request() }
    expect(await handler.resolve(input, 'test')).toBe(master)
    expect((await handler.resolve(input, 'test')).decisions).toEqual([fatimaWaitlists, mariekeApproves])
  })
})
