// The waiting list keeps its order (waitlistedAt) per group, date and day part, and when a place frees
// up there the first in line is suggested — only the first, and only while the group has room for it.
import { describe, expect, it } from 'vitest'
import { roomLookup } from '../../../../renderer/src/features/approval/room-lookup'
import { firstInLine, waitlistPositions } from '../../../../renderer/src/features/approval/waitlist'
import { absence, kdv } from '../attendance/fixtures'
import { day, placedChildren, request } from './fixtures'

const waiting = (childId: string, at: string, over = {}) => request(childId, { id: `w-${childId}`, status: 'wachtlijst', waitlistedAt: at, ...over })

describe('the waiting list', () => {
  it('numbers each line by when requests were put on it, not by the order they arrive in', () => {
    const list = [
      waiting('k-3', '2026-11-25T10:00:00.000Z'), waiting('k-1', '2026-11-24T09:00:00.000Z'), waiting('k-2', '2026-11-24T12:00:00.000Z'),
      waiting('k-9', '2026-11-20T08:00:00.000Z', { dayPart: 'middag' }), request('k-8', { id: 'open' }),
    ]
    expect(Object.fromEntries(waitlistPositions(list))).toEqual({ 'w-k-1': 1, 'w-k-2': 2, 'w-k-3': 3, 'w-k-9': 1 })
  })

  it('suggests the first in line once its group has room again, and nobody while it is full', () => {
    const group = { ...kdv, dayParts: kdv.dayParts.map((p) => ({ ...p, capacity: 2 })) }
    const children = placedChildren(2)
    const list = [waiting('k-2', '2026-11-24T12:00:00.000Z'), waiting('k-1', '2026-11-24T09:00:00.000Z')]
    const full = roomLookup({ groups: [group], children, requests: [], absences: [], corrections: [], range: { from: day, to: day } })
    expect(firstInLine(list, full)).toEqual([])
    // A placed child is reported absent that morning: a place is free, the first in line is suggested.
    const freed = roomLookup({ groups: [group], children, requests: [], absences: [absence('c-1', { dayPart: 'ochtend' })], corrections: [], range: { from: day, to: day } })
    expect(firstInLine(list, freed).map((r) => r.id)).toEqual(['w-k-1'])
  })
})
