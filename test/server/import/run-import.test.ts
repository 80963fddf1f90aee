// F10 on the database: both formats import the example, a second run writes nothing, a changed
// placement is updated, one given an end date ends, a malformed file writes nothing at all, and
// what staff chose (sign-in address, activation) survives.
import { expect, it } from 'vitest'
import { writeAsServer } from '../../../server/sync/server-write'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { describeOnDatabases } from '../../support/pg-databases'
import {
  exampleCsv, exampleJson, exampleObject, importer, ledgerOf, reportOf, seqOf, stored, type Child, type Location,
} from './import-fixture'

const json = (value: unknown) => ({ format: 'json' as const, content: JSON.stringify(value) })

describeOnDatabases('import (F10)', (current) => {
  it('imports the JSON example: locations, groups with SPEC §7 defaults, children, balances; the same file again writes nothing', async () => {
    const db = current().db
    const run = importer(db)
    const first = reportOf(await run({ format: 'json', content: exampleJson }))
    expect(first.counts).toMatchObject({ locationsAdded: 1, groupsAdded: 3, childrenAdded: 3, placementsAdded: 4, balancesAdded: 2, written: 6 })
    expect(first.parentsWithTwoEmails).toEqual([expect.objectContaining({ childId: 'kind-1001', rank: 1, signInEmail: 'sanne.dewit@example.nl' })])
    expect(first.sharedEmails).toEqual([{ childId: 'kind-1002', email: 'gezin.jansen@example.nl' }])

    const location = await stored<Location>(db, 'locations', 'loc-zonnebloem')
    const kdv = location?.groups.find((g) => g.id === 'grp-zonnebloem-1')
    expect(kdv?.dayParts).toContainEqual({ dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 })
    expect(location?.groups.find((g) => g.id === 'grp-zonnebloem-3')?.dayParts.map((p) => p.capacity)).toEqual([20, 20])
    const daan = await stored(db, 'children', 'kind-1002')
    expect(daan).toMatchObject({ taxi: true, schoolId: 'school-klimop', locationIds: ['loc-zonnebloem'] })
    expect(daan?.placements[0]).toMatchObject({ locationId: 'loc-zonnebloem', careType: 'BSO', contract: '52-weken' })
    const scope = await db.query<{ scope: string[] }>("SELECT scope FROM documents WHERE collection = 'children' AND id = 'kind-1002'")
    expect(scope[0]?.scope).toContain('loc:loc-zonnebloem')
    expect(await ledgerOf(db, 'kind-1002')).toEqual([expect.objectContaining({
      id: 'contract:vakantiedagen:plaatsing-5002:2026', kind: 'contract', unit: 'vakantiedagen', amount: 8, by: 'import',
    })])

    const seq = await seqOf(db)
    const again = reportOf(await run({ format: 'json', content: exampleJson }))
    expect(again.written).toBe(0)
    expect(again.counts).toMatchObject({ childrenAdded: 0, childrenChanged: 0, placementsChanged: 0, balancesAdded: 0, balancesCorrected: 0 })
    expect(await seqOf(db)).toBe(seq)
  })

  it('the CSV example says the same as the JSON one: imported after it, nothing changes; imported alone, the same children', async () => {
    const db = current().db
    const run = importer(db)
    reportOf(await run({ format: 'json', content: exampleJson }))
    const seq = await seqOf(db)
    const csv = reportOf(await run({ format: 'csv', content: exampleCsv }))
    expect(csv.written).toBe(0)
    expect(await seqOf(db)).toBe(seq)
    // Medical details and collectors are not in a CSV export: the stored ones stay.
    expect((await stored(db, 'children', 'kind-1001'))?.collectors).toHaveLength(1)

    await current().reset()
    const alone = reportOf(await run({ format: 'csv', content: exampleCsv }))
    expect(alone.counts).toMatchObject({ childrenAdded: 3, placementsAdded: 4, balancesAdded: 2 })
    expect((await stored(db, 'children', 'kind-1003'))?.placements.map((p) => p.id)).toEqual(['plaatsing-5003', 'plaatsing-5004'])
  })

  it('a changed placement updates the child; one given an end date ends it (R17 lastPlacementEnd)', async () => {
    const db = current().db
    const run = importer(db)
    reportOf(await run({ format: 'json', content: exampleJson }))
    const file = exampleObject()
    file.children[0]!.placements[0]!.end = '2026-03-31'
    file.children[1]!.placements[0]!.weekdays = [1, 3, 5]
    const report = reportOf(await run(json(file)))
    expect(report.placements.ended).toEqual([{ id: 'plaatsing-5001', childId: 'kind-1001', groupId: 'grp-zonnebloem-1' }])
    expect(report.children.ended.map((c) => c.id)).toEqual(['kind-1001'])
    expect(report.placements.changed.map((p) => p.id)).toEqual(['plaatsing-5002'])
    expect(report.children.changed.map((c) => c.id)).toEqual(['kind-1002'])
    expect(report.written).toBe(2)
    expect(await stored(db, 'children', 'kind-1001')).toMatchObject({ lastPlacementEnd: '2026-03-31', updatedAt: '2026-03-02T08:00:00.000Z' })
    expect((await stored(db, 'children', 'kind-1002'))?.placements[0]?.weekdays).toEqual([1, 3, 5])
  })

  it('children and placements missing from the file are reported as niet in bestand and left as they are', async () => {
    const db = current().db
    const run = importer(db)
    reportOf(await run({ format: 'json', content: exampleJson }))
    const before = await stored(db, 'children', 'kind-1001')
    const file = exampleObject()
    file.children = file.children.filter((c) => c.id !== 'kind-1001')
    file.children[1]!.placements = file.children[1]!.placements.filter((p) => p.id !== 'plaatsing-5004')
    const report = reportOf(await run(json(file)))
    expect(report.children.notInFile.map((c) => c.id)).toEqual(['kind-1001'])
    // plaatsing-5003 ended before today: history, not missing.
    expect(report.placements.notInFile.map((p) => p.id)).toEqual(['plaatsing-5004'])
    expect(report.written).toBe(0)
    expect(await stored(db, 'children', 'kind-1001')).toEqual(before)
  })

  it('a malformed line refuses the whole file with its line number: nothing is written', async () => {
    const db = current().db
    const run = importer(db)
    const lines = exampleCsv.split('\r\n')
    lines[3] = lines[3]!.replace('20-11-2022', '31-02-2022')
    const outcome = await run({ format: 'csv', content: lines.join('\r\n') })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.errors).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('geboortedatum') })])
    expect(await seqOf(db)).toBe(0)
    expect(await db.query('SELECT id FROM documents')).toEqual([])
  })

  it('a NUL character in any field refuses the file at its line or path: PostgreSQL cannot store one', async () => {
    const db = current().db
    const run = importer(db)
    const lines = exampleCsv.split('\r\n')
    lines[2] = lines[2]!.replace(';Avonturiers;', ';\u0000Avonturiers;')
    const csv = await run({ format: 'csv', content: lines.join('\r\n') })
    expect(csv).toMatchObject({ ok: false, errors: [{ line: 3, code: 'ongeldig-teken' }] })
    const file = exampleObject()
    file.children[1]!.firstName = 'Da\u0000an'
    expect(await run(json(file))).toMatchObject({ ok: false, errors: [{ path: '$.children[1]', code: 'ongeldig-teken' }] })
    expect(await seqOf(db)).toBe(0)
    expect(await db.query('SELECT id FROM documents')).toEqual([])
  })

  it('a JSON problem is reported with its path, and a dry run reports without writing', async () => {
    const db = current().db
    const run = importer(db)
    const file = exampleObject()
    file.children[2]!.parents[0]!.emails = ['iris.bakker@example.nl', 'geen-adres']
    const outcome = await run(json(file))
    expect(outcome).toMatchObject({ ok: false, errors: [{ path: '$.children[2].parents[0].emails[1]', code: 'ongeldige-waarde' }] })
    const dry = reportOf(await run({ format: 'json', content: exampleJson, dryRun: true }))
    expect(dry).toMatchObject({ dryRun: true, written: 0, counts: { childrenAdded: 3 } })
    expect(await seqOf(db)).toBe(0)
  })

  it('keeps the sign-in address customer service chose, and the activation, while that address is still the parent\'s', async () => {
    const db = current().db
    const run = importer(db)
    reportOf(await run({ format: 'json', content: exampleJson }))
    const noor = (await stored(db, 'children', 'kind-1001'))!
    const chosen: Child = {
      ...noor,
      parents: noor.parents.map((p) => (p.rank === 1 ? { ...p, signInEmail: 's.dewit@werk.example.nl', portalActivatedAt: '2026-02-01T10:00:00.000Z' } : p)),
    }
    await writeAsServer({ db, publisher: createOrderedPublisher(createLocalChangeBus()) }, async () => ({
      result: null, writes: [{ collection: 'children', docs: [{ ...chosen, _deleted: false }], meta: { author: 'linda.ks', device: null, clientTime: null } }],
    }))
    const seq = await seqOf(db)
    // The export lists the addresses in the other order: still the same parent, nothing to write.
    const reordered = exampleObject()
    reordered.children[0]!.parents[0]!.emails = ['s.dewit@werk.example.nl', 'sanne.dewit@example.nl']
    reportOf(await run(json(exampleObject())))
    expect(await seqOf(db)).toBe(seq)
    const kept = reportOf(await run(json(reordered)))
    expect(kept.signInReset).toEqual([])
    expect((await stored(db, 'children', 'kind-1001'))?.parents[0]).toMatchObject({
      signInEmail: 's.dewit@werk.example.nl', portalActivatedAt: '2026-02-01T10:00:00.000Z',
    })

    const gone = exampleObject()
    gone.children[0]!.parents[0]!.emails = ['sanne.dewit@example.nl']
    const report = reportOf(await run(json(gone)))
    expect(report.signInReset).toEqual([{ childId: 'kind-1001', rank: 1, previous: 's.dewit@werk.example.nl', now: 'sanne.dewit@example.nl' }])
    const parent = (await stored(db, 'children', 'kind-1001'))?.parents[0]
    expect(parent?.signInEmail).toBe('sanne.dewit@example.nl')
    expect(parent?.portalActivatedAt).toBeUndefined()
  })

  it('a changed contract balance adds a correcting entry; the first entry is never rewritten', async () => {
    const db = current().db
    const run = importer(db)
    reportOf(await run({ format: 'json', content: exampleJson }))
    const withDays = (amount: number) => {
      const file = exampleObject()
      file.children[1]!.placements[0]!.balances = [{ year: 2026, unit: 'vakantiedagen', amount }]
      return json(file)
    }
    const up = reportOf(await run(withDays(10)))
    expect(up.balances.corrected).toEqual([expect.objectContaining({ id: 'contract:vakantiedagen:plaatsing-5002:2026:2', from: 8, to: 10 })])
    const down = reportOf(await run(withDays(6)))
    expect(down.balances.corrected).toEqual([expect.objectContaining({ from: 10, to: 6 })])
    reportOf(await run(withDays(6)))
    const entries = await ledgerOf(db, 'kind-1002')
    expect(entries.map((e) => [e.id, e.kind, e.amount])).toEqual([
      ['contract:vakantiedagen:plaatsing-5002:2026', 'contract', 8],
      ['contract:vakantiedagen:plaatsing-5002:2026:2', 'contract', 2],
      ['contract:vakantiedagen:plaatsing-5002:2026:3', 'vervallen', 4],
    ])
    expect(entries[2]?.sourceId).toBe('contract:vakantiedagen:plaatsing-5002:2026')
  })
})
