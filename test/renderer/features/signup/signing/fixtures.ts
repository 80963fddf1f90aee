// A BSO child of Goverwelle's school for the signing tests: a 52-weken contract on Monday and Wednesday
// (SPEC's worked example), so a study day on Wednesday 2 December 2026 is included, a Thursday billed.
import type { SigningDraft } from '../../../../../shared/api'
import type { Child } from '../../../../../shared/domain'

export const locationId = 'loc-goverwelle'
export const wednesday = '2026-12-02'
export const thursday = '2026-12-03'
export const sheetId = `${locationId}:${wednesday}`

export function bsoChild(id = 'k-noor', contract: Child['placements'][number]['contract'] = '52-weken'): Child {
  return {
    id, firstName: 'Noor', lastName: 'Visser', birthDate: '2018-05-04', schoolId: 'school-1', taxi: false, locationIds: [locationId],
    medical: { allergies: [], notes: '' }, collectors: [], parents: [{ rank: 1, name: 'Eva Visser', phones: [], emails: [] }],
    placements: [{
      id: `p-${id}`, groupId: 'g-bso', locationId, careType: 'BSO', contract, weekdays: [1, 3], dayParts: ['naschools'], start: '2025-01-01',
    }],
    updatedAt: '2026-11-01T08:00:00.000Z',
  }
}

export const draft: SigningDraft = { childId: 'k-noor', dayPart: 'hele dag', parentName: 'Eva Visser' }

export const signature = { width: 600, height: 240, strokes: [{ points: [[10, 20, 0, 0.5], [30.5, 40.2, 16, 0.5]] as [number, number, number, number][] }] }
