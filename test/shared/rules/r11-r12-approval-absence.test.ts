import { describe, expect, it } from 'vitest'
import { canApproveWithoutRoom, canUndoAbsence, groupRoom, requestRoom, requireReason, type RequestRoomInput } from '../../../shared/rules'

describe('R11 approval and room', () => {
  it.each([
    [16, 14, true, 2], [16, 15, true, 1], [16, 16, false, 0], [16, 17, false, 0], [22, 0, true, 22], [0, 0, false, 0],
  ])('capacity %i with %i expected → room %s, %i left', (capacity, expected, room, left) => {
    expect(groupRoom({ capacity, expected })).toEqual({ room, left })
  })

  it('approving without room needs a reason, which must say something', () => {
    expect(canApproveWithoutRoom()).toMatchObject({ ok: false, code: 'geen-plek-reden-verplicht' })
    expect(canApproveWithoutRoom('   ')).toMatchObject({ ok: false, code: 'geen-plek-reden-verplicht' })
    expect(canApproveWithoutRoom('Broertje zit al in de groep, overleg met manager')).toEqual({ ok: true })
  })
})

describe('R11 room for one request', () => {
  // 2026-12-02 is a Wednesday; a KDV group of 2 places per half day.
  const group = { id: 'g1', dayParts: [{ dayPart: 'ochtend' as const, capacity: 2 }, { dayPart: 'middag' as const, capacity: 2 }] }
  const placed = (id: string, dayParts: ('ochtend' | 'middag')[]) => ({
    id, placements: [{ id: `p-${id}`, groupId: 'g1', locationId: 'l1', careType: 'KDV' as const, contract: 'standaard' as const, weekdays: [3], dayParts, start: '2026-01-01' }],
  })
  const input = (dayPart: 'ochtend' | 'middag' | 'hele dag', children: RequestRoomInput['children']): RequestRoomInput => ({
    group, request: { id: 'r1', childId: 'new', date: '2026-12-02', dayPart }, children, requests: [], absences: [],
  })

  it('judges a whole day by each half, and does not count the child itself', () => {
    const mornings = [placed('a', ['ochtend']), placed('b', ['ochtend'])]
    expect(requestRoom(input('middag', mornings))).toMatchObject({ room: true, parts: [{ dayPart: 'middag', expected: 0, room: true }] })
    expect(requestRoom(input('hele dag', mornings))).toMatchObject({
      room: false, parts: [{ dayPart: 'ochtend', expected: 2, room: false }, { dayPart: 'middag', expected: 0, room: true }],
    })
    // The child already placed that morning takes no second place.
    expect(requestRoom({ ...input('ochtend', [placed('a', ['ochtend']), placed('new', ['ochtend'])]) }).room).toBe(true)
  })

  it('has no room in a day part the group does not have', () => {
    expect(requestRoom({ ...input('ochtend', []), group: { id: 'g1', dayParts: [{ dayPart: 'middag', capacity: 9 }] } })).toEqual({ room: false, parts: [] })
  })
})

describe('R12 absence is final for the parent', () => {
  it('a parent cannot undo an absence; staff may correct one, with a reason', () => {
    expect(canUndoAbsence('ouder')).toMatchObject({ ok: false, code: 'afwezigheid-definitief' })
    expect(canUndoAbsence('medewerker')).toEqual({ ok: true })
    expect(requireReason('')).toMatchObject({ ok: false, code: 'reden-verplicht' })
    expect(requireReason('verkeerd kind aangeklikt')).toEqual({ ok: true })
  })
})
