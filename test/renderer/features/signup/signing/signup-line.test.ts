import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../../../shared/domain'
import { parseSheetId } from '../../../../../renderer/src/features/signup/signing/sheet-ref'
import { signupLine } from '../../../../../renderer/src/features/signup/signing/signup-line'
import { bsoChild, draft, locationId, sheetId, signature, thursday, wednesday } from './fixtures'

const now = new Date('2026-11-30T14:05:00.000Z')
const input = { id: 'b1c2', sheetId, draft, child: bsoChild(), signature, now, by: 'anouk.devries', device: 'pc-goverwelle-1' }

describe('parseSheetId', () => {
  it('reads the location and the date from the end of the id', () => {
    expect(parseSheetId('loc-goverwelle:2026-12-02')).toEqual({ locationId: 'loc-goverwelle', date: '2026-12-02' })
    expect(parseSheetId('a:b:2026-12-02')).toEqual({ locationId: 'a:b', date: '2026-12-02' })
  })

  it('refuses what signupSheetId would not have made', () => {
    for (const id of ['', ':2026-12-02', 'loc-1', 'loc-1:2026-13-02', 'loc-1:2026-02-30', 'loc-1:2-12-2026']) expect(parseSheetId(id)).toBeNull()
  })
})

describe('signupLine', () => {
  it('makes the whole line: sheet, location and date from the sheet id, R9 at the moment of signing, who and where', () => {
    const made = signupLine(input)
    expect(made).toEqual({
      ok: true,
      line: {
        id: 'b1c2', sheetId, locationId, date: wednesday, childId: 'k-noor', dayPart: 'hele dag', parentName: 'Eva Visser', signature,
        signedAt: '2026-11-30T14:05:00.000Z', billing: 'inclusief', by: 'anouk.devries', device: 'pc-goverwelle-1', at: '2026-11-30T14:05:00.000Z',
      },
    })
    if (made.ok) expect(validateDocument('signuplines', made.line)).toEqual({ ok: true })
  })

  it('bills a study day off the contract days, and a schoolweken child always (R9)', () => {
    const thursdaySheet = `${locationId}:${thursday}`
    const billed = signupLine({ ...input, sheetId: thursdaySheet })
    expect(billed.ok && billed.line.billing).toBe('factuur')
    const schoolweken = signupLine({ ...input, child: bsoChild('k-noor', 'schoolweken') })
    expect(schoolweken.ok && schoolweken.line.billing).toBe('factuur')
  })

  it('stores agreed times instead of a day part, and the parent name without stray spaces', () => {
    const made = signupLine({ ...input, draft: { childId: 'k-noor', times: { start: '08:30', end: '17:00' }, parentName: '  Eva Visser ' } })
    expect(made.ok && made.line.times).toEqual({ start: '08:30', end: '17:00' })
    expect(made.ok && 'dayPart' in made.line).toBe(false)
    expect(made.ok && made.line.parentName).toBe('Eva Visser')
  })

  it('refuses a child without a BSO placement at the location that day, a bad sheet id, a draft for another child', () => {
    const elsewhere = { ...bsoChild(), placements: bsoChild().placements.map((p) => ({ ...p, locationId: 'loc-bloemendaal' })) }
    expect(signupLine({ ...input, child: elsewhere })).toEqual({ ok: false, code: 'geen-bso-plaatsing' })
    const ended = { ...bsoChild(), placements: bsoChild().placements.map((p) => ({ ...p, end: '2026-11-30' })) }
    expect(signupLine({ ...input, child: ended })).toEqual({ ok: false, code: 'geen-bso-plaatsing' })
    expect(signupLine({ ...input, sheetId: 'loc-goverwelle' })).toEqual({ ok: false, code: 'ongeldige-lijst' })
    expect(signupLine({ ...input, child: bsoChild('k-other') })).toEqual({ ok: false, code: 'ander-kind' })
  })
})
