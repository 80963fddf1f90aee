// The AVG routes on the embedded PostgreSQL (and a real one when DATABASE_URL is set): the export
// holds everything about one child, and the deletion leaves nothing personal of it on the server
// while the PCs of its location get the tombstones and the attendance days without it.
import { createHash } from 'node:crypto'
import { beforeEach, expect, it } from 'vitest'
import type { SyncDoc } from '../../../shared/sync'
import { pull } from '../../../server/sync/pull'
import { scopeTags } from '../../../server/sync/scope-tags'
import { privacyTombstone } from '../../../server/privacy/privacy-tombstone'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, people, seedPeople } from '../auth/auth-fixture'
import { fixtureDocs, privacyServer, secrets, seedFixture, type PrivacyServer } from './privacy-fixture'

const exportUrl = (id: string) => `/privacy/children/${id}/export`
const deleteUrl = (id: string) => `/privacy/children/${id}/delete`

describeOnDatabases('privacy export and deletion', (current) => {
  let server: PrivacyServer
  let klantenservice: string
  beforeEach(async () => {
    await seedPeople(current().db)
    await seedFixture(current().db)
    server = await privacyServer(current().db)
    klantenservice = await server.signIn(people.klantenservice.id)
  })

  const exportAs = (token: string | null, id: string = secrets.childId) =>
    server.app.inject({ method: 'GET', url: exportUrl(id), headers: token === null ? {} : bearer(token) })
  const deleteAs = (token: string, id: string = secrets.childId, confirm: string = id) =>
    server.app.inject({ method: 'POST', url: deleteUrl(id), headers: bearer(token), payload: { confirm } })
  const lastSeq = async () => (await current().db.query<{ value: number }>('SELECT value FROM seq_counter'))[0]!.value

  it('exports everything held about the child and its parents, as an attachment', async () => {
    const res = await exportAs(klantenservice)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toBe('attachment; filename="kind-k-weg-gegevens.json"')
    const body = res.json() as Record<string, unknown[] | Record<string, unknown>>
    expect(body.child).toMatchObject({ id: secrets.childId, birthDate: secrets.birthDate, medical: { notes: secrets.medical } })
    expect((body.child as { parents: unknown[] }).parents).toHaveLength(2)
    expect(body.attendance).toEqual([{ dayId: '2026-02-16:g-1', date: '2026-02-16', groupId: 'g-1', locationId: 'loc-a', entry: expect.objectContaining({ childId: secrets.childId }) }])
    for (const name of ['absences', 'requests', 'ledger', 'signuplines'] as const) {
      expect((body[name] as SyncDoc[]).map((d) => d.id)).toEqual(fixtureDocs[name]!.map((d) => d.id))
    }
    expect((body.requests as { decisions: unknown[] }[])[0]!.decisions).toHaveLength(1)
    expect((body.signuplines as { signature: { strokes: unknown[] } }[])[0]!.signature.strokes).toHaveLength(1)
    // Every fact about it (also the delivery of its password message, a fact about a fact); not the unlocked list.
    expect((body.journal as SyncDoc[]).map((d) => d.id).sort()).toEqual(fixtureDocs.journal!.map((d) => d.id).filter((id) => !id.startsWith('ontgrendeld')).sort())
    expect((body.notices as SyncDoc[]).map((d) => d.id)).toEqual(['conflict:pc-1:x'])
    expect(body.outbox).toEqual([expect.objectContaining({ child_id: secrets.childId, recipient: secrets.email, source_id: 'wachtwoord-1' })])
  })

  it('lets a manager export a child of their location only; others are refused', async () => {
    expect((await exportAs(await server.signIn(people.manager.id))).statusCode).toBe(200)
    const elsewhere = await exportAs(await server.signIn(people.otherManager.id))
    expect(elsewhere.statusCode).toBe(404)
    const groep = await exportAs(await server.signIn(people.groep.id))
    expect(groep.statusCode).toBe(403)
    expect(groep.json()).toMatchObject({ code: 'geen-recht' })
    expect((await exportAs(null)).statusCode).toBe(401)
    expect((await exportAs(klantenservice, 'k-bestaat-niet')).statusCode).toBe(404)
  })

  it('deletes the child everywhere: nothing personal left, tombstones and new attendance days for its PCs', async () => {
    const before = await lastSeq()
    expect((await deleteAs(klantenservice, secrets.childId, 'k-blijft')).statusCode).toBe(400)
    const res = await deleteAs(klantenservice)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      childId: secrets.childId, deletedAt: '2026-03-02T07:30:00.000Z',
      counts: { children: 1, attendance: 1, attendanceEntries: 1, absences: 1, requests: 1, ledger: 1, signuplines: 1, journal: 5, notices: 1, outbox: 1 },
    })

    const rows = await current().db.query<{ collection: string; id: string; text: string; deleted: boolean }>(
      'SELECT collection, id, data::text AS text, deleted FROM documents ORDER BY collection, id',
    )
    const personal = [secrets.firstName, secrets.lastName, secrets.birthDate, secrets.email, secrets.otherEmail, secrets.medical, 'Sanne', 'koorts']
    for (const row of rows) for (const value of personal) expect(row.text, `${row.collection}/${row.id}`).not.toContain(value)
    // The child's id is left only in tombstones (the PCs find their copies by it), which hold nothing else but their scope.
    const tombstones = rows.filter((row) => row.deleted)
    expect(tombstones.length).toBe(11)
    for (const row of tombstones) {
      expect(Object.keys(JSON.parse(row.text) as object).every((k) => ['id', '_deleted', 'locationId', 'locationIds', 'deviceId'].includes(k))).toBe(true)
    }
    expect(rows.filter((row) => row.text.includes(secrets.childId)).every((row) => row.deleted)).toBe(true)
    // The classmate keeps everything: its child document, its entry on the shared day, its notice and outbox message.
    const day = rows.find((r) => r.id === '2026-02-16:g-1')!
    expect(day.deleted).toBe(false)
    expect((JSON.parse(day.text) as { entries: { childId: string }[] }).entries.map((e) => e.childId)).toEqual(['k-blijft'])
    expect(rows.filter((r) => !r.deleted).map((r) => r.id).sort()).toEqual(
      ['2026-02-16:g-1', '2026-02-17:g-1', 'conflict:pc-1:y', 'k-blijft', 'ontgrendeld:2026-02-16:g-1', ...Object.values(people).map((p) => p.id)].sort(),
    )
    expect(await current().db.query('SELECT child_id FROM outbox')).toEqual([{ child_id: 'k-blijft' }])

    // The log says it happened, by whom and how much, with the child only as a hash.
    const log = await current().db.query<{ child_hash: string; deleted_by: string; counts: Record<string, number>; text: string }>(
      'SELECT child_hash, deleted_by, counts, row_to_json(p)::text AS text FROM privacy_log p',
    )
    expect(log).toHaveLength(1)
    expect(log[0]!.child_hash).toBe(createHash('sha256').update(secrets.childId).digest('hex'))
    expect(log[0]!.deleted_by).toBe(people.klantenservice.id)
    expect(log[0]!.counts).toMatchObject({ absences: 1, outbox: 1 })
    expect(log[0]!.text).not.toContain(secrets.childId)

    // A PC of loc-a pulling from where it was gets every tombstone and the new day; a PC elsewhere gets nothing.
    const pcA = { deviceId: 'pc-1', locations: ['loc-a'] }
    const pcC = { deviceId: 'pc-9', locations: ['loc-c'] }
    const pulledBy = async (caller: typeof pcA) => {
      const out: SyncDoc[] = []
      for (const collection of ['children', 'attendance', 'absences', 'requests', 'ledger', 'signuplines', 'journal', 'notices']) {
        out.push(...(await pull(current().db, collection, { checkpoint: { seq: before }, batchSize: 100 }, caller)).documents)
      }
      return out
    }
    const pulled = await pulledBy(pcA)
    expect(pulled.filter((d) => d._deleted).map((d) => d.id).sort()).toEqual(tombstones.map((r) => r.id).sort())
    expect(pulled.filter((d) => !d._deleted).map((d) => d.id)).toEqual(['2026-02-16:g-1'])
    expect(await pulledBy(pcC)).toEqual([])
    // Open event streams were told, in one announcement per collection.
    expect(server.events.flatMap((e) => e.documents.map((d) => d.id)).sort()).toEqual(pulled.map((d) => d.id).sort())

    expect((await deleteAs(klantenservice)).statusCode).toBe(404)
    expect((await exportAs(klantenservice)).statusCode).toBe(404)
  })

  it('refuses staff without the right, managers of other locations, and a manager when the child is also elsewhere', async () => {
    expect((await deleteAs(await server.signIn(people.groep.id))).statusCode).toBe(403)
    expect((await deleteAs(await server.signIn(people.otherManager.id))).statusCode).toBe(404)
    await current().db.query(
      `UPDATE documents SET data = jsonb_set(data, '{locationIds}', '["loc-a","loc-c"]') WHERE collection = 'children' AND id = $1`, [secrets.childId],
    )
    const manager = await server.signIn(people.manager.id)
    const refused = await deleteAs(manager)
    expect(refused.statusCode).toBe(403)
    expect(refused.json()).toMatchObject({ code: 'kind-ook-elders' })
    expect(await current().db.query('SELECT 1 FROM privacy_log')).toEqual([])
    expect((await deleteAs(klantenservice)).statusCode).toBe(200)
  })

  it('keeps each tombstone in the scope of the document it replaces', () => {
    for (const [collection, docs] of Object.entries(fixtureDocs)) {
      for (const doc of docs) expect(scopeTags(collection, privacyTombstone(doc))).toEqual(scopeTags(collection, doc))
    }
  })
})
