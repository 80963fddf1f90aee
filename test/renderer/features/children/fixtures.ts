// A child with two parents and the journal facts Kindgegevens writes and reads, written as staff
// would read them: Nieuw wachtwoord verzenden for a parent, the outbox's delivery, a sign-in choice.
import type { Child, JournalEntry, Parent } from '../../../../shared/domain'

export function parent(rank: Parent['rank'], emails: string[], over: Partial<Parent> = {}): Parent {
  return { rank, name: rank === 1 ? 'Eva de Vries' : 'Tom de Vries', phones: ['06-12345678'], emails, ...over }
}

export function child(parents: Parent[] = [parent(1, ['eva@example.nl']), parent(2, ['tom@example.nl'])], over: Partial<Child> = {}): Child {
  return {
    id: 'k-1', firstName: 'Sanne', lastName: 'de Vries', birthDate: '2023-03-15', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: ['pinda'], notes: 'Epipen in de tas.' }, collectors: [], parents,
    placements: [{
      id: 'p-1', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1, 3],
      dayParts: ['hele dag'], start: '2024-01-01',
    }],
    updatedAt: '2026-11-01T08:00:00.000Z', ...over,
  }
}

const fact = { locationId: 'loc-1', targetId: 'k-1', by: 'mw-senior', device: 'pc-a' }

export function passwordFact(id: string, rank: number, at: string): JournalEntry {
  return { id, kind: 'wachtwoord', ...fact, data: { parentRank: rank }, at }
}

export function signInFact(id: string, rank: number, email: string, at: string): JournalEntry {
  return { id, kind: 'inlogadres', ...fact, data: { parentRank: rank, email }, at }
}

export function delivered(requestId: string, deliveredAt?: string): JournalEntry {
  return {
    id: `verzonden:${requestId}`, kind: 'verzonden', locationId: 'loc-1', targetId: requestId, by: 'systeem', device: 'server',
    at: '2026-11-23T09:10:00.000Z', data: { channel: 'eml', ...(deliveredAt ? { deliveredAt } : {}) },
  }
}
