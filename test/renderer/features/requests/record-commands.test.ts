// The Dag aanvragen commands against a real RxDB database (memory storage, schema validation as the
// app opens it): a request and its reservation stored in one step, a decision settling the balance,
// and a decision another PC's beat refused without writing anything.
import { describe, expect, it } from 'vitest'
import { memoryPcs } from '../../support/memory-pc'
import type { LedgerEntry } from '../../../../shared/domain'
import { ledgerBalance } from '../../../../shared/rules'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { DecisionRefusedError, recordDecision } from '../../../../renderer/src/features/requests/record-decision'
import { buildRequest } from '../../../../renderer/src/features/requests/request-document'
import { requestOffer } from '../../../../renderer/src/features/requests/request-offer'
import { submitRequest } from '../../../../renderer/src/features/requests/submit-request'
import { entry, kdv, kdvChild, swapCredit, today } from './fixtures'

const pc = memoryPcs('requests', ['requests', 'ledger'])

const at = new Date('2026-11-23T10:15:00.000Z')
const later = new Date('2026-11-23T11:00:00.000Z')

async function submitted(db: LocatiedeskDatabase, id = 'r-1') {
  const ledger = (await db.ledger.find().exec()).map((d) => d.toMutableJSON())
  const offer = requestOffer({ child: kdvChild(), group: kdv, date: '2026-12-01', today, studyDay: false, ledger, dayPart: 'hele dag' })
  const built = buildRequest({
    id, child: { id: 'k-1' }, group: kdv, locationId: 'loc-1', date: '2026-12-01', offer, payment: 'ruiluren', remarks: '', ledger,
    by: 'mw-1', device: 'pc-a', at,
  })
  if (!built.ok) throw new Error(built.message)
  return { built, written: await submitRequest(db, built) }
}

async function valid(db: LocatiedeskDatabase): Promise<number> {
  const entries: LedgerEntry[] = (await db.ledger.find().exec()).map((d) => d.toMutableJSON())
  return ledgerBalance({ entries, unit: 'ruiluren', careType: 'KDV', today }).valid
}

describe('submitting and deciding a request', () => {
  it('stores the request and reserves its hours at once: the valid balance drops by the day part', async () => {
    const db = await pc()
    await db.ledger.insert(swapCredit('k-1', 20))
    const { written } = await submitted(db)
    expect(written).toEqual({ reserved: true })
    expect((await db.requests.findOne('r-1').exec())?.toMutableJSON()).toMatchObject({ status: 'ingediend', submittedVia: 'medewerker', by: 'mw-1', device: 'pc-a' })
    expect((await db.ledger.findOne('gereserveerd:r-1').exec())?.amount).toBe(11)
    expect(await valid(db)).toBe(9)
  })

  it('Direct goedkeuren adds the decision and makes the reservation final (besteed)', async () => {
    const db = await pc()
    await db.ledger.insert(swapCredit('k-1', 20))
    await submitted(db)
    const { request, settlement } = await recordDecision(db, 'r-1', { status: 'goedgekeurd', by: 'mw-2', device: 'pc-a', at: later })
    expect(request.status).toBe('goedgekeurd')
    expect(request.decisions).toEqual([{ status: 'goedgekeurd', by: 'mw-2', device: 'pc-a', at: later.toISOString() }])
    expect(settlement).toMatchObject({ id: 'besteed:r-1', amount: 11 })
    expect(await valid(db)).toBe(9)
  })

  it('a rejection releases the hours: the balance is back', async () => {
    const db = await pc()
    await db.ledger.insert(swapCredit('k-1', 20))
    await submitted(db)
    await recordDecision(db, 'r-1', { status: 'afgekeurd', by: 'mw-2', device: 'pc-a', at: later })
    expect((await db.ledger.findOne('vrijgegeven:r-1').exec())?.kind).toBe('vrijgegeven')
    expect(await valid(db)).toBe(20)
  })

  it('a decision the newest local state no longer allows is refused and writes nothing', async () => {
    const db = await pc()
    await db.ledger.insert(swapCredit('k-1', 20))
    await submitted(db)
    await recordDecision(db, 'r-1', { status: 'afgekeurd', by: 'mw-3', device: 'pc-b', at: later })
    const before = (await db.requests.findOne('r-1').exec())?.toMutableJSON()
    const entries = await db.ledger.count().exec()
    await expect(recordDecision(db, 'r-1', { status: 'goedgekeurd', by: 'mw-2', device: 'pc-a', at: later }))
      .rejects.toMatchObject({ name: 'DecisionRefusedError', code: 'status-definitief' })
    expect((await db.requests.findOne('r-1').exec())?.toMutableJSON()).toEqual(before)
    expect(await db.ledger.count().exec()).toBe(entries)
    await expect(recordDecision(db, 'nope', { status: 'goedgekeurd', by: 'mw-2', device: 'pc-a', at: later })).rejects.toBeInstanceOf(DecisionRefusedError)
  })

  it('a request whose reservation the server refused (gone from this PC) is not approved, only rejected (R20)', async () => {
    const db = await pc()
    await db.ledger.insert(swapCredit('k-1', 20))
    await submitted(db)
    // What the server's answer does to a refused reservation here: the tombstone removes it.
    await (await db.ledger.findOne('gereserveerd:r-1').exec())!.remove()
    await expect(recordDecision(db, 'r-1', { status: 'goedgekeurd', by: 'mw-2', device: 'pc-a', at: later }))
      .rejects.toMatchObject({ name: 'DecisionRefusedError', code: 'geen-reservering' })
    expect((await db.requests.findOne('r-1').exec())?.status).toBe('ingediend')
    expect(await db.ledger.findOne('besteed:r-1').exec()).toBeNull()
    const { request, settlement } = await recordDecision(db, 'r-1', { status: 'afgekeurd', by: 'mw-2', device: 'pc-a', at: later })
    expect(request.status).toBe('afgekeurd')
    // Nothing was held, so nothing is released.
    expect(settlement).toBeNull()
    expect(await valid(db)).toBe(20)
  })

  it('a Q-block cancelled in time gives its hours back to the Qflexibel balance (R7, R13)', async () => {
    const db = await pc()
    const child = kdvChild('k-1', { placements: [{ ...kdvChild().placements[0]!, contract: 'qflexibel' }] })
    await db.ledger.insert(entry('k-1', { unit: 'flexuren', kind: 'contract', amount: 40 }))
    const flex = async () => ledgerBalance({ entries: (await db.ledger.find().exec()).map((d) => d.toMutableJSON()), unit: 'flexuren', today }).valid
    const ledger = (await db.ledger.find().exec()).map((d) => d.toMutableJSON())
    const offer = requestOffer({ child, group: kdv, date: '2026-12-03', today, studyDay: false, ledger, dayPart: 'hele dag' })
    const built = buildRequest({ id: 'q-1', child, group: kdv, locationId: 'loc-1', date: '2026-12-03', offer, payment: 'flexuren', remarks: '', ledger, by: 'mw-1', device: 'pc-a', at })
    if (!built.ok) throw new Error(built.message)
    await submitRequest(db, built)
    await recordDecision(db, 'q-1', { status: 'goedgekeurd', by: 'planner', device: 'pc-c', at })
    expect(await flex()).toBe(29)
    const { request, settlement } = await recordDecision(db, 'q-1', { status: 'geannuleerd', by: 'mw-1', device: 'pc-a', at: later })
    expect(request.status).toBe('geannuleerd')
    expect(settlement).toMatchObject({ id: 'teruggeboekt:q-1', kind: 'teruggeboekt', unit: 'flexuren', amount: 11 })
    expect(await flex()).toBe(40)
  })
})
