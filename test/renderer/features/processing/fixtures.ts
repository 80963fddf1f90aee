// Small documents for the processing tests: a sheet at loc-1 on Wednesday 2 December 2026, BSO
// children with a 52-weken contract on Mon+Wed (R9: included on a Wednesday) and a schoolweken one
// (always on invoice), and lines as a location PC signs them.
import type { Child, JournalEntry, SignupLine, SignupSheet } from '../../../../shared/domain'
import { lineDecisionId, lineWithdrawalId, signupSheetId } from '../../../../shared/domain'

export const date = '2026-12-02'
export const sheet: SignupSheet = {
  id: signupSheetId('loc-1', date), locationId: 'loc-1', date, status: 'gesloten', closedBy: 'mw-1', closedAt: '2026-12-01T17:30:00.000Z', updatedAt: '2026-12-01T17:30:00.000Z',
}

export function bsoChild(id: string, firstName: string, contract: Child['placements'][number]['contract'], weekdays: number[]): Child {
  return {
    id, firstName, lastName: 'Jansen', birthDate: '2018-03-01', schoolId: 'school-1', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: [], notes: '' }, collectors: [], parents: [{ rank: 1, name: 'Eva Jansen', phones: [], emails: [] }],
    placements: [{ id: `p-${id}`, groupId: 'g-bso', locationId: 'loc-1', careType: 'BSO', contract, weekdays, dayParts: ['naschools'], start: '2025-01-01' }],
    updatedAt: '2026-11-01T08:00:00.000Z',
  }
}

/** 52-weken on Mon and Wed: the Wednesday is included. */
export const bram = bsoChild('k-bram', 'Bram', '52-weken', [1, 3])
/** schoolweken: on invoice. */
export const lisa = bsoChild('k-lisa', 'Lisa', 'schoolweken', [1, 2, 3, 4, 5])
/** 52-weken on Mon and Thu: the Wednesday is not a contract day, so on invoice. */
export const daan = bsoChild('k-daan', 'Daan', '52-weken', [1, 4])

export function line(id: string, child: Child, billing: SignupLine['billing'], over: Partial<SignupLine> = {}): SignupLine {
  return {
    id, sheetId: sheet.id, locationId: 'loc-1', date, childId: child.id, dayPart: 'hele dag', parentName: 'Eva Jansen',
    signature: { width: 600, height: 200, strokes: [{ points: [[10, 10, 0, 0.5], [40, 30, 16, 0.6], [80, 20, 30, 0.4]] }] },
    signedAt: '2026-11-20T15:10:00.000Z', billing, by: 'mw-1', device: 'pc-loc', at: '2026-11-20T15:10:00.000Z', ...over,
  }
}

export function withdrawal(lineId: string, reason = 'Ouder belde af.'): JournalEntry {
  return { id: lineWithdrawalId(lineId), kind: 'intrekking', locationId: 'loc-1', targetId: lineId, date, reason, by: 'mw-1', device: 'pc-loc', at: '2026-11-25T09:00:00.000Z' }
}

export function rejection(lineId: string, reason = 'Geen studiedag op deze school.', by = 'ks-1'): JournalEntry {
  return { id: lineDecisionId(lineId), kind: 'afgewezen', locationId: 'loc-1', targetId: lineId, date, reason, by, device: 'pc-ks', at: '2026-12-03T09:00:00.000Z' }
}

export const clerk = { by: 'linda.klantenservice', device: 'pc-ks-1', at: '2026-12-03T10:00:00.000Z' }
