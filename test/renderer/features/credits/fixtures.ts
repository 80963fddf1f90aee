// Small, readable ledgers for the Tegoeden tests: a KDV child on a standaard contract, a BSO child on
// 52-weken, a Qflexibel child; movements written as staff would read them.
import type { CareType, Child, LedgerEntry, LedgerKind, LedgerUnit, Placement } from '../../../../shared/domain'

export function placement(over: Partial<Placement> = {}): Placement {
  return {
    id: 'p-1', groupId: 'g-kdv', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1, 2, 3],
    dayParts: ['hele dag'], start: '2025-01-01', ...over,
  }
}

export function child(id: string, placements: Placement[] = [placement()], over: Partial<Child> = {}): Child {
  return {
    id, firstName: 'Sanne', lastName: `de Vries`, birthDate: '2023-03-01', taxi: false,
    locationIds: [...new Set(placements.map((p) => p.locationId))], medical: { allergies: [], notes: '' }, collectors: [],
    parents: [{ rank: 1, name: 'Eva', phones: [], emails: [] }], placements, updatedAt: '2026-11-01T08:00:00.000Z', ...over,
  }
}

let n = 0
export function entry(kind: LedgerKind, amount: number, date: string, over: Partial<LedgerEntry> = {}): LedgerEntry {
  const unit: LedgerUnit = over.unit ?? 'ruiluren'
  const careType: CareType | undefined = unit === 'ruiluren' ? (over.careType ?? 'KDV') : undefined
  return {
    id: `${kind}:${++n}`, childId: 'k-1', locationId: 'loc-1', unit, ...(careType ? { careType } : {}), kind, amount, date,
    by: 'mw-senior', device: 'pc-a', at: `${date}T09:00:00.000Z`, ...over,
  }
}
