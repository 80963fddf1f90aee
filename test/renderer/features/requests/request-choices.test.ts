// The smaller choices of Dag aanvragen: which children the `Kind` combobox finds (R19), which groups
// and placement a request is judged by, and the group's room for `Direct goedkeuren` (R11).
import { describe, expect, it } from 'vitest'
import type { Absence, JournalEntry, Request } from '../../../../shared/domain'
import { childOptions } from '../../../../renderer/src/features/requests/child-search'
import { placementFor } from '../../../../shared/rules'
import { requestGroupIds } from '../../../../renderer/src/features/requests/request-placement'
import { roomForRequest } from '../../../../renderer/src/features/requests/request-room-check'
import { absence } from '../attendance/fixtures'
import { bso, kdv, kdvChild, today } from './fixtures'

describe('the Kind combobox', () => {
  const zoe = kdvChild('k-1', { firstName: 'Zoë', lastName: 'de Boer' })
  const elsewhere = kdvChild('k-2', { firstName: 'Zoey', lastName: 'Jansen', placements: [{ ...kdvChild().placements[0]!, locationId: 'loc-2' }] })
  const covers = (id: string) => id === 'loc-1'

  it('finds children of covered locations by any part of the name, accents ignored', () => {
    expect(childOptions([zoe, elsewhere], covers, 'zoe').map((o) => o.name)).toEqual(['Zoë de Boer'])
    expect(childOptions([zoe, elsewhere], covers, 'BOER zo').map((o) => o.child.id)).toEqual(['k-1'])
    expect(childOptions([zoe, elsewhere], () => true, '').map((o) => o.child.id)).toEqual(['k-1', 'k-2'])
  })
})

describe('groups and placement', () => {
  const child = kdvChild('k-1', {
    placements: [
      { ...kdvChild().placements[0]!, id: 'p-old', end: '2026-06-30' },
      { ...kdvChild().placements[0]!, id: 'p-bso', groupId: bso.id, careType: 'BSO', contract: '52-weken', start: '2026-09-01' },
      { ...kdvChild().placements[0]!, id: 'p-other', groupId: 'g-far', locationId: 'loc-9' },
    ],
  })

  it('offers the groups of running placements at covered locations', () => {
    expect(requestGroupIds(child, (id) => id === 'loc-1', today)).toEqual([bso.id])
    expect(requestGroupIds(child, () => true, '2026-05-01')).toEqual([kdv.id, bso.id, 'g-far'])
  })

  it('judges by the placement running on the date, else the latest in the group', () => {
    expect(placementFor(child, bso.id, today)?.id).toBe('p-bso')
    expect(placementFor(child, kdv.id, today)?.id).toBe('p-old')
    expect(placementFor(child, 'g-none', today)).toBeUndefined()
  })
})

describe('room for Direct goedkeuren (R11)', () => {
  const small = { ...kdv, dayParts: kdv.dayParts.map((p) => ({ ...p, capacity: 2 })) }
  const placed = [kdvChild('k-1'), kdvChild('k-2')] // both Mon–Fri, hele dag
  const request = { id: 'r-1', childId: 'k-9', date: '2026-12-02', dayPart: 'ochtend' as const }
  const input = (absences: Absence[] = [], journal: JournalEntry[] = [], requests: Request[] = []) =>
    ({ group: small, request, children: placed, requests, absences, journal })

  it('a full group has no room; an absence frees a place, a corrected absence does not', () => {
    expect(roomForRequest(input())).toMatchObject({ room: false, parts: [{ dayPart: 'ochtend', expected: 2, capacity: 2, room: false }] })
    const away = absence('k-1', { date: '2026-12-02' })
    expect(roomForRequest(input([away])).room).toBe(true)
    const correction = { id: 'c-1', kind: 'correctie', targetId: away.id } as JournalEntry
    expect(roomForRequest(input([away], [correction])).room).toBe(false)
  })
})
