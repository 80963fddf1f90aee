// GET /billing/:month.csv on the real app and database: the stored documents of the fixture give
// exactly November's items (a deleted document never counts), as the CSV customer service downloads;
// only customer service may, and a malformed month is refused in Dutch with a code.
import type { FastifyInstance } from 'fastify'
import Papa from 'papaparse'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { buildApp } from '../../../server/app'
import { insertAccount } from '../../../server/auth/account-store'
import { issueToken } from '../../../server/auth/session-tokens'
import { readBillableItems } from '../../../server/billing/billing-store'
import { insertInBatches } from '../../../server/demo/document-batches'
import { describeOnDatabases } from '../../support/pg-databases'
import { addStaff, staffMember } from '../support/devices'
import { children, expectedNovember, journal, locations, requests, signupLines } from './billing-fixture'

const klantenservice = staffMember('linda.ks', 'klantenservice', [])
const groep = staffMember('anouk.devries', 'groepsmedewerker', ['loc-1'])

describeOnDatabases('the billing export', (current) => {
  let app: FastifyInstance
  const tokens = new Map<string, string>()

  beforeEach(async () => {
    const { db } = current()
    const [approved] = requests
    if (approved === undefined) throw new Error('fixture without requests')
    const deletedDoc = { ...approved, id: 'r-verwijderd-document', _deleted: true }
    await insertInBatches(db, { requests: [...requests, deletedDoc], signuplines: signupLines, journal, children, locations },
      { author: 'test', device: null, clientTime: null })
    await addStaff(db, [klantenservice, groep])
    for (const s of [klantenservice, groep]) {
      await insertAccount(db, { id: s.id, passwordHash: 'not-used-here', pinHash: null, active: true })
      tokens.set(s.id, (await issueToken(db, s.id, new Date())).token)
    }
    app = buildApp({ db })
    await app.ready()
  })
  afterEach(async () => {
    await app.close()
  })

  const get = (url: string, staffId?: string) => app.inject({
    method: 'GET', url, headers: staffId === undefined ? {} : { authorization: `Bearer ${tokens.get(staffId) ?? ''}` },
  })

  it('reads exactly the month\'s items from the store', async () => {
    const items = await readBillableItems(current().db, '2026-11')
    expect(items.map((i) => i.sourceId)).toEqual([...expectedNovember])
    expect(new Set(items.map((i) => i.invoiceDate))).toEqual(new Set(['2026-12-10']))
  })

  it('gives customer service the CSV of a month', async () => {
    const res = await get('/billing/2026-11.csv', klantenservice.id)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe('attachment; filename="facturatie-2026-11.csv"')
    expect(res.body.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(res.body.slice(1), { delimiter: ';', header: true, skipEmptyLines: true }).data
    expect(rows.map((r) => r.bron_id)).toEqual([...expectedNovember])
    expect(rows.every((r) => r.factuurdatum === '2026-12-10')).toBe(true)
    expect(rows.find((r) => r.bron_id === 'r-qblok')).toMatchObject({ soort: 'Q-blok', uren: '5', betaling: 'flexuren+factuur', kind: 'Daan de Vries' })
  })

  it('refuses without a sign-in, to other roles, and a malformed month', async () => {
    expect((await get('/billing/2026-11.csv')).json()).toMatchObject({ statusCode: 401, code: 'niet-aangemeld' })
    const other = await get('/billing/2026-11.csv', groep.id)
    expect(other.statusCode).toBe(403)
    expect(other.json()).toMatchObject({ code: 'geen-recht' })
    const bad = await get('/billing/2026-13.csv', klantenservice.id)
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'ongeldige-maand', message: expect.stringContaining('jjjj-mm') as string })
  })
})
