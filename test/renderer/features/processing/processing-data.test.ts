// The screen's live data on a real RxDB: the overview counts and a sheet's rows follow every write,
// local or replicated, without a reload.
import { afterEach, describe, expect, it } from 'vitest'
import { filter, firstValueFrom } from 'rxjs'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Location } from '../../../../shared/domain'
import { openDatabase } from '../../../../renderer/src/db/database'
import { protectStorage } from '../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { processedDecision } from '../../../../renderer/src/features/processing/line-decision'
import { closedSheets$, sheetRows$ } from '../../../../renderer/src/features/processing/processing-data'
import { recordDecision } from '../../../../renderer/src/features/processing/record-decision'
import { bram, clerk, line, lisa, sheet, withdrawal } from './fixtures'

let db: LocatiedeskDatabase | null = null
afterEach(async () => {
  await db?.close()
  db = null
})

const location: Location = { id: 'loc-1', name: 'Goverwelle', groups: [], schools: [{ id: 'school-1', name: 'De Regenboog' }], updatedAt: '2026-01-01T00:00:00.000Z' }

describe('processing data', () => {
  it('counts a closed sheet\'s open lines and gives its rows, live as decisions arrive', async () => {
    db = await openDatabase({
      storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: 'processing-data',
      collections: ['locations', 'children', 'signupsheets', 'signuplines', 'journal'],
    })
    const l1 = line('l-1', lisa, 'factuur')
    const l2 = line('l-2', bram, 'inclusief')
    await db.locations.insert(location)
    await db.children.bulkInsert([lisa, bram])
    await db.signupsheets.bulkInsert([sheet, { ...sheet, id: 'loc-1:2026-12-09', date: '2026-12-09', status: 'open' }])
    await db.signuplines.bulkInsert([l1, l2, line('l-3', lisa, 'factuur', { sheetId: 'loc-1:2026-12-09', date: '2026-12-09' })])
    await db.journal.insert(withdrawal('l-2'))

    const summaries = await firstValueFrom(closedSheets$(db).pipe(filter((s) => s.length > 0 && s[0]!.lines > 0)))
    expect(summaries.map((s) => [s.sheet.id, s.locationName, s.lines, s.open])).toEqual([[sheet.id, 'Goverwelle', 2, 1]])
    const rows = await firstValueFrom(sheetRows$(db, sheet).pipe(filter((r) => r.length === 2)))
    expect(rows.map((r) => [r.childName, r.state.kind])).toEqual([['Bram Jansen', 'ingetrokken'], ['Lisa Jansen', 'open']])
    // The signature comes back decrypted, as signed.
    expect(rows[1]!.line.signature).toEqual(l1.signature)

    const rows$ = sheetRows$(db, sheet)
    const done = firstValueFrom(rows$.pipe(filter((r) => r.some((row) => row.state.kind === 'verwerkt'))))
    const none = firstValueFrom(closedSheets$(db).pipe(filter((s) => s[0]?.open === 0)))
    await recordDecision(db.journal, processedDecision(l1, 'factuur', clerk))
    expect((await done).find((r) => r.line.id === 'l-1')?.state).toEqual({ kind: 'verwerkt', billing: 'factuur', invoiceDate: '2027-01-10' })
    expect((await none)[0]).toMatchObject({ lines: 2, open: 0 })
  })
})
