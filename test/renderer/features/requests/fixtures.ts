// Small documents for the Dag aanvragen tests: the demo's KDV and BSO groups (SPEC §7), children
// placed in them with a chosen contract, and ledger entries. Today is Monday 2026-11-23.
import type { Child, LedgerEntry } from '../../../../shared/domain'
import { bso, child, kdv } from '../attendance/fixtures'

export { bso, kdv }
export const today = '2026-11-23'

export function kdvChild(id = 'k-1', over: Partial<Child> = {}): Child {
  return { ...child(id), ...over }
}

/** A BSO child at school `school-1`, placed on Mon and Wed with the given contract. */
export function bsoChild(id: string, contract: 'schoolweken' | '52-weken' | 'qflexibel', over: Partial<Child> = {}): Child {
  return {
    ...child(id, { groupId: bso.id, careType: 'BSO', contract, weekdays: [1, 3], dayParts: ['naschools'] }),
    schoolId: 'school-1', birthDate: '2019-03-01', ...over,
  }
}

let n = 0
export function entry(childId: string, over: Partial<LedgerEntry> & Pick<LedgerEntry, 'unit' | 'kind' | 'amount'>): LedgerEntry {
  n += 1
  return {
    id: `e-${n}`, childId, locationId: 'loc-1', date: today, by: 'mw-senior', device: 'pc-a', at: `${today}T09:00:00.000Z`, ...over,
  }
}

export const swapCredit = (childId: string, amount: number, careType: 'KDV' | 'BSO' = 'KDV', date = today) =>
  entry(childId, { unit: 'ruiluren', careType, kind: 'handmatig', amount, date })
