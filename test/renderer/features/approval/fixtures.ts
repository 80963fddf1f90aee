// Small documents for the approval-queue tests: the KDV group of the attendance fixtures (16 places
// per day part), children placed in it on weekdays, and requests in any state. 2026-12-02 is a Wednesday.
import type { Request } from '../../../../shared/domain'
import { child, kdv } from '../attendance/fixtures'

export { child, kdv }
export const day = '2026-12-02'

let n = 0
export function request(childId: string, over: Partial<Request> = {}): Request {
  n += 1
  return {
    id: `r-${n}`, childId, groupId: kdv.id, locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date: day,
    dayPart: 'ochtend', kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'ouder', status: 'ingediend',
    decisions: [], by: 'ouder-portaal', device: 'portaal', at: `2026-11-2${n % 10}T08:00:00.000Z`, updatedAt: '2026-11-20T08:00:00.000Z',
    ...over,
  }
}

/** `count` children placed in the KDV group on `weekdays` for the whole day. */
export function placedChildren(count: number, weekdays: number[] = [1, 2, 3, 4, 5], prefix = 'c'): ReturnType<typeof child>[] {
  return Array.from({ length: count }, (_, i) => child(`${prefix}-${i + 1}`, { weekdays }))
}
