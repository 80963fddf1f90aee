// POST /import (`import forceren`): customer service only; the report, or the file's problems with
// their line numbers (400); and what it writes reaches the PCs' event streams at once.
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { buildApp } from '../../../server/app'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, passwordOf, people, seedPeople } from '../auth/auth-fixture'
import { addDevice } from '../support/devices'
import { openSseClient } from '../support/sse-client'
import { exampleCsv, exampleJson, seqOf } from './import-fixture'

describeOnDatabases('POST /import', (current) => {
  let app: FastifyInstance
  beforeEach(async () => {
    await seedPeople(current().db)
    app = buildApp({ db: current().db })
    await app.ready()
  })
  afterEach(async () => {
    await app.close()
  })

  const signIn = async (staffId: string) => {
    const res = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password: passwordOf(staffId) } })
    return (res.json() as { token: string }).token
  }
  const post = (token: string | null, payload: object) =>
    app.inject({ method: 'POST', url: '/import', headers: token === null ? {} : bearer(token), payload })

  it('refuses a groepsmedewerker and a manager (403) and an unsigned request (401); writes nothing', async () => {
    const seq = await seqOf(current().db)
    for (const who of [people.groep.id, people.manager.id]) {
      const res = await post(await signIn(who), { format: 'json', content: exampleJson })
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ code: 'geen-recht' })
    }
    expect((await post(null, { format: 'json', content: exampleJson })).statusCode).toBe(401)
    expect(await seqOf(current().db)).toBe(seq)
  })

  it('klantenservice imports and gets the report; a malformed CSV line gives 400 with its line number', async () => {
    const token = await signIn(people.klantenservice.id)
    const res = await post(token, { format: 'csv', content: exampleCsv })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ dryRun: false, written: 6, counts: { childrenAdded: 3 }, children: { added: expect.arrayContaining([{ id: 'kind-1001', name: 'Noor de Wit' }]) } })

    const seq = await seqOf(current().db)
    const broken = exampleCsv.replace('plaatsing-5003;standaard;di do', 'plaatsing-5003;standaard;di dox')
    const bad = await post(token, { format: 'csv', content: broken })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'import-ongeldig', errorCount: 1, errors: [{ line: 4, code: 'ongeldige-waarde' }] })
    expect(await seqOf(current().db)).toBe(seq)
    expect((await post(token, { format: 'xml', content: 'x' })).statusCode).toBe(400)
  })

  it('an imported placement reaches a PC of that location through its event stream', async () => {
    await app.close()
    app = buildApp({ db: current().db })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const pc = await addDevice(current().db, ['loc-zonnebloem'])
    const stream = openSseClient((app.server.address() as AddressInfo).port, pc.token)
    try {
      await stream.connected
      const res = await post(await signIn(people.klantenservice.id), { format: 'json', content: exampleJson })
      expect(res.statusCode).toBe(200)
      await stream.waitFor((changes) => changes.some((c) => c.collection === 'children' && c.documents.some((d) => d.id === 'kind-1003')))
      const children = stream.changes.find((c) => c.collection === 'children')
      expect(children?.documents.map((d) => d.id).sort()).toEqual(['kind-1001', 'kind-1002', 'kind-1003'])
      expect(stream.changes.map((c) => c.collection)).toEqual(['locations', 'children', 'ledger'])
    } finally {
      stream.close()
    }
  })
})
