import { describe, expect, it } from 'vitest'
import { checkTimeRange, normaliseTime } from '../../../../renderer/src/features/signup/time-range'
import { signingDraft, type DraftForm } from '../../../../renderer/src/features/signup/signing-draft'
import { parentSuggestions, pickerOptions } from '../../../../renderer/src/features/signup/candidate-search'
import { sheetCandidates } from '../../../../shared/rules'
import { bsoChild, date } from './fixtures'

describe('times of a line', () => {
  it('accepts HH:mm as staff type it and answers it canonically', () => {
    expect(normaliseTime('8:30')).toBe('08:30')
    expect(normaliseTime(' 17.00 ')).toBe('17:00')
    expect(normaliseTime('24:00')).toBeNull()
    expect(normaliseTime('830')).toBeNull()
  })

  it('wants Van before Tot, within the study day\'s hours', () => {
    expect(checkTimeRange('8:30', '17:00')).toEqual({ ok: true, start: '08:30', end: '17:00' })
    expect(checkTimeRange('07:00', '19:00').ok).toBe(true)
    expect(checkTimeRange('x', '17:00')).toEqual({ ok: false, code: 'van-ongeldig' })
    expect(checkTimeRange('08:00', '')).toEqual({ ok: false, code: 'tot-ongeldig' })
    expect(checkTimeRange('12:00', '12:00')).toEqual({ ok: false, code: 'volgorde' })
    expect(checkTimeRange('06:45', '12:00')).toEqual({ ok: false, code: 'buiten-openingstijd' })
    expect(checkTimeRange('08:00', '19:15')).toEqual({ ok: false, code: 'buiten-openingstijd' })
  })
})

describe('signingDraft', () => {
  const form: DraftForm = { childId: 'k-1', signedUp: false, dayChoice: 'hele dag', van: '', tot: '', parentName: '  Eva   de Vries ' }

  it('is the whole day or the times, with the parent\'s name tidied', () => {
    expect(signingDraft(form)).toEqual({ ok: true, draft: { childId: 'k-1', dayPart: 'hele dag', parentName: 'Eva de Vries' } })
    expect(signingDraft({ ...form, dayChoice: 'tijden', van: '9:00', tot: '15:30' }))
      .toEqual({ ok: true, draft: { childId: 'k-1', times: { start: '09:00', end: '15:30' }, parentName: 'Eva de Vries' } })
  })

  it('refuses what cannot be signed', () => {
    expect(signingDraft({ ...form, childId: null })).toEqual({ ok: false, code: 'geen-kind' })
    expect(signingDraft({ ...form, signedUp: true })).toEqual({ ok: false, code: 'al-ingeschreven' })
    expect(signingDraft({ ...form, parentName: '   ' })).toEqual({ ok: false, code: 'naam-ouder' })
    expect(signingDraft({ ...form, dayChoice: 'tijden', van: '15:00', tot: '09:00' })).toEqual({ ok: false, code: 'volgorde' })
  })
})

describe('the Kind picker', () => {
  const children = [
    bsoChild('k-1', { firstName: 'Zoë', lastName: 'Bakker' }),
    bsoChild('k-2', { firstName: 'Daan', lastName: 'de Boer' }),
    bsoChild('k-3', { firstName: 'Anna', lastName: 'Zoet', schoolId: 'sch-b' }),
  ]
  const candidates = sheetCandidates({ locationId: 'loc-1', date, closedSchoolIds: new Set(['sch-a']), children })

  it('offers the candidates by name, found without accents and by any part, the signed-up ones marked', () => {
    expect(pickerOptions({ candidates, signedUp: new Set(['k-2']), query: '' }).map((o) => [o.name, o.signedUp]))
      .toEqual([['Daan de Boer', true], ['Zoë Bakker', false]])
    expect(pickerOptions({ candidates, signedUp: new Set(), query: 'zoe' }).map((o) => o.name)).toEqual(['Zoë Bakker'])
    expect(pickerOptions({ candidates, signedUp: new Set(), query: 'de bo' }).map((o) => o.name)).toEqual(['Daan de Boer'])
    expect(pickerOptions({ candidates, signedUp: new Set(), query: 'Anna' })).toEqual([])
  })

  it('suggests the child\'s parents, the contract holder first', () => {
    expect(parentSuggestions(children[0]!)).toEqual(['Eva de Vries', 'Tom de Vries'])
  })
})
