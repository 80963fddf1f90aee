import { describe, expect, it } from 'vitest'
import { signupSheetId } from '../../../../shared/domain'
import { processedDecision } from '../../../../renderer/src/features/processing/line-decision'
import { sheetSummaries, visibleSheets } from '../../../../renderer/src/features/processing/sheet-summaries'
import { bram, clerk, daan, line, lisa, sheet, withdrawal } from './fixtures'

const older = { ...sheet, id: signupSheetId('loc-2', '2026-10-14'), locationId: 'loc-2', date: '2026-10-14' }
const stillOpen = { ...sheet, id: signupSheetId('loc-2', '2026-12-09'), locationId: 'loc-2', date: '2026-12-09', status: 'open' as const }
const names = new Map([['loc-1', 'Goverwelle'], ['loc-2', 'Bloemendaal']])

describe('the overview of closed sheets', () => {
  const lines = [
    line('l-1', lisa, 'factuur'), line('l-2', bram, 'inclusief'), line('l-3', daan, 'factuur'),
    line('l-old', lisa, 'factuur', { sheetId: older.id, locationId: 'loc-2', date: older.date }),
    line('l-open', lisa, 'factuur', { sheetId: stillOpen.id, locationId: 'loc-2', date: stillOpen.date }),
  ]
  const journal = [withdrawal('l-1'), processedDecision(lines[1]!, 'inclusief', clerk), processedDecision(lines[3]!, 'factuur', clerk)]
  const summaries = sheetSummaries({ sheets: [older, sheet, stillOpen], lines, journal, locationNames: names })

  it('counts lines and what is still to process per closed sheet, newest day first', () => {
    expect(summaries.map((s) => [s.locationName, s.sheet.date, s.lines, s.open])).toEqual([
      ['Goverwelle', '2026-12-02', 3, 1],
      ['Bloemendaal', '2026-10-14', 1, 0],
    ])
  })

  it('hides sheets with nothing left unless asked, and filters on location', () => {
    expect(visibleSheets(summaries, { locationId: null, showDone: false }).map((s) => s.sheet.id)).toEqual([sheet.id])
    expect(visibleSheets(summaries, { locationId: null, showDone: true })).toHaveLength(2)
    expect(visibleSheets(summaries, { locationId: 'loc-2', showDone: false })).toEqual([])
    expect(visibleSheets(summaries, { locationId: 'loc-2', showDone: true }).map((s) => s.sheet.id)).toEqual([older.id])
  })

  it('shows a closed sheet without lines, and the id when the location is unknown here', () => {
    const [only] = sheetSummaries({ sheets: [{ ...sheet, locationId: 'loc-9' }], lines: [], journal: [], locationNames: names })
    expect(only).toMatchObject({ locationName: 'loc-9', lines: 0, open: 0 })
  })
})
