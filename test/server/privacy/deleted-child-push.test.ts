// A deleted child stays deleted (AVG, issue 8): after POST /privacy/children/:id/delete, a PC that
// was offline during the deletion pushes facts about the child; the push refuses them with
// 'kind-verwijderd' and stores nothing of them, while the same facts about its classmate pass.
import { beforeEach, expect, it } from 'vitest'
import type { PushRow, SyncDoc } from '../../../shared/sync'
import type { Caller } from '../../../server/sync/checks/check'
import { pushWithin } from '../../../server/sync/push'
import { createPushValidator } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, people, seedPeople } from '../auth/auth-fixture'
import { NOW, fixtureDocs, privacyServer, secrets, seedFixture } from './privacy-fixture'

const validate = createPushValidator({ clock: () => NOW })
const caller: Caller = { deviceId: 'pc-1', locations: ['loc-a'] }
const fact = { by: people.groep.id, device: 'pc-1', at: '2026-03-02T07:00:00.000Z' }
const other = 'k-blijft'

const absence = (childId: string): SyncDoc => ({
  id: `2026-03-02:${childId}:ochtend`, childId, groupId: 'g-1', locationId: 'loc-a', careType: 'KDV', date: '2026-03-02', dayPart: 'ochtend',
  reason: { code: 'ziek', note: 'koorts' }, reportedAt: '2026-03-02T06:45:00.000Z', reportedVia: 'ouder', ...fact, _deleted: false,
})
const request = (childId: string): SyncDoc => ({
  id: `aanvraag-${childId}`, childId, groupId: 'g-1', locationId: 'loc-a', careType: 'KDV', contract: 'standaard', date: '2026-03-16', dayPart: 'ochtend',
  kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'medewerker', status: 'ingediend', decisions: [], ...fact, updatedAt: fact.at, _deleted: false,
})
const entry = (childId: string) => ({ childId, checkIn: '2026-03-02T06:50:00.000Z', unplanned: false, wentHome: false, ...fact, at: '2026-03-02T06:50:00.000Z', rev: 1 })
const today = (entries: ReturnType<typeof entry>[]): SyncDoc => ({
  id: '2026-03-02:g-1', date: '2026-03-02', groupId: 'g-1', locationId: 'loc-a', entries, updatedAt: fact.at, _deleted: false,
})

describeOnDatabases('a deleted child stays deleted against offline PCs', (current) => {
  beforeEach(async () => {
    await seedPeople(current().db)
    await seedFixture(current().db)
    const server = await privacyServer(current().db)
    const token = await server.signIn(people.klantenservice.id)
    const res = await server.app.inject({
      method: 'POST', url: `/privacy/children/${secrets.childId}/delete`, headers: bearer(token), payload: { confirm: secrets.childId },
    })
    expect(res.statusCode).toBe(200)
    await server.app.close()
  })

  const run = (collection: string, rows: PushRow[]) =>
    current().db.tx((q) => pushWithin(q, collection, rows, { author: null, device: caller.deviceId, clientTime: null }, validate, caller))
  const stored = async (collection: string, id: string) =>
    (await current().db.query<{ data: SyncDoc }>('SELECT data FROM documents WHERE collection = $1 AND id = $2', [collection, id]))[0]?.data
  const codes = (out: Awaited<ReturnType<typeof run>>) => out.refused.map((r) => r.refusal.code)

  it('refuses an absence and a request about the deleted child, and stores neither; the classmate\'s pass', async () => {
    for (const [collection, make] of [['absences', absence], ['requests', request]] as const) {
      const refused = await run(collection, [{ newDocumentState: make(secrets.childId) }])
      expect(codes(refused), collection).toEqual(['kind-verwijderd'])
      expect(refused.refused[0]!.refusal.message).toContain('AVG')
      expect(refused.written).toEqual([])
      expect(await stored(collection, make(secrets.childId).id)).toBeUndefined()
      // The PC is told, but the notice carries nothing of the refused change: no child id, no note.
      expect(refused.notices).toHaveLength(1)
      const notice = JSON.stringify(refused.notices[0]!.doc)
      expect(notice).toContain('kind-verwijderd')
      expect(notice).not.toContain(secrets.childId)
      expect(notice).not.toContain('koorts')

      const passed = await run(collection, [{ newDocumentState: make(other) }])
      expect(codes(passed), collection).toEqual([])
      expect(passed.written.map((w) => w.doc.id)).toEqual([make(other).id])
    }
  })

  it('refuses an absence the deletion tombstoned, pushed again by a PC that never saw the tombstone', async () => {
    const [old] = fixtureDocs.absences!
    const out = await run('absences', [{ newDocumentState: old! }])
    expect(codes(out)).toEqual(['kind-verwijderd'])
    expect(await stored('absences', old!.id)).toEqual({ id: old!.id, _deleted: true, locationId: 'loc-a' })
  })

  it('refuses an attendance day that adds or changes the deleted child\'s entry, not one that leaves it as stored', async () => {
    const classmate = today([entry(other)])
    expect(codes(await run('attendance', [{ newDocumentState: classmate }]))).toEqual([])

    // The offline PC checks the deleted child in beside its classmate: refused, the day stays as stored.
    const withDeleted = today([entry(other), entry(secrets.childId)])
    const out = await run('attendance', [{ newDocumentState: withDeleted, assumedMasterState: classmate }])
    expect(codes(out)).toEqual(['kind-verwijderd'])
    expect(out.conflicts).toEqual([classmate])
    expect(await stored('attendance', classmate.id)).toEqual(classmate)

    // The deletion's new version of an old day (without the child) takes a change to the classmate.
    const day = (await stored('attendance', '2026-02-16:g-1'))!
    const entries = (day.entries as ReturnType<typeof entry>[]).map((e) => ({ ...e, checkOut: '2026-02-16T15:00:00.000Z', rev: e.rev + 1 }))
    expect(codes(await run('attendance', [{ newDocumentState: { ...day, entries }, assumedMasterState: day }]))).toEqual([])
  })

  it('refuses a password request (journal, target the child) for the deleted child only', async () => {
    const wachtwoord = (childId: string): SyncDoc => ({
      id: `wachtwoord-${childId}-2`, kind: 'wachtwoord', locationId: 'loc-a', targetId: childId, data: { parentRank: 1 }, ...fact, _deleted: false,
    })
    expect(codes(await run('journal', [{ newDocumentState: wachtwoord(secrets.childId) }]))).toEqual(['kind-verwijderd'])
    expect(codes(await run('journal', [{ newDocumentState: wachtwoord(other) }]))).not.toContain('kind-verwijderd')
  })
})
