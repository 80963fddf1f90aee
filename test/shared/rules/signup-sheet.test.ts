// F6/F9 with R9 for sign-up sheets: what a line costs and why, who is on a sheet's picker, which
// schools are closed, and where a line stands after the facts about it.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { JournalKind } from '../../../shared/domain/enums'
import {
  bsoPlacementOn, closedSchools, sheetCandidates, signupBillingFor, signupBillingReasons, signupLineStatus,
} from '../../../shared/rules'
import { addDays, weekday } from '../../../shared/calendar'

// 2026-12-02 is a Wednesday, 2026-12-03 a Thursday.
const wednesday = '2026-12-02'
const thursday = '2026-12-03'

type TestPlacement = Parameters<typeof bsoPlacementOn>[0]['placements'][number]

function placement(extra: Partial<TestPlacement> = {}): TestPlacement {
  return { locationId: 'loc-1', careType: 'BSO', contract: '52-weken', weekdays: [1, 3], start: '2026-01-01', ...extra }
}

/** A child at school-1 unless told otherwise; null: no school recorded. */
const child = (id: string, placements: TestPlacement[], schoolId: string | null = 'school-1') =>
  ({ id, ...(schoolId !== null ? { schoolId } : {}), placements })

describe('R9 for a sign-up line (signupBillingFor)', () => {
  const bso52 = child('a', [placement()])

  it('SPEC §4: 52-weken BSO on Mon+Wed, study day on a Wednesday → inclusief, because it is a contract day', () => {
    expect(signupBillingFor(bso52, 'loc-1', wednesday)).toEqual({
      billing: 'inclusief', reason: 'inclusief-contractdag', message: signupBillingReasons['inclusief-contractdag'], contract: '52-weken',
    })
  })

  it('the same child on a Thursday → factuur, because it is no contract day', () => {
    expect(signupBillingFor(bso52, 'loc-1', thursday)).toMatchObject({ billing: 'factuur', reason: 'factuur-geen-contractdag', contract: '52-weken' })
  })

  it('a schoolweken child → factuur, even on its own contract day', () => {
    const schoolweken = child('b', [placement({ contract: 'schoolweken' })])
    expect(signupBillingFor(schoolweken, 'loc-1', wednesday)).toMatchObject({ billing: 'factuur', reason: 'factuur-contract', contract: 'schoolweken' })
  })

  it('gives each reason its Dutch sentence, and the sentence says the billing', () => {
    for (const date of [wednesday, thursday]) {
      for (const contract of ['52-weken', 'schoolweken'] as const) {
        const verdict = signupBillingFor(child('c', [placement({ contract })]), 'loc-1', date)
        expect(verdict?.message).toBe(signupBillingReasons[verdict!.reason])
        expect(verdict?.message.startsWith(verdict?.billing === 'inclusief' ? 'Inclusief' : 'Op factuur')).toBe(true)
      }
    }
  })

  it('null without a BSO placement at that location that day: another location, KDV, not started yet, or ended', () => {
    expect(signupBillingFor(child('d', [placement({ locationId: 'loc-2' })]), 'loc-1', wednesday)).toBeNull()
    expect(signupBillingFor(child('e', [placement({ careType: 'KDV', contract: 'standaard' })]), 'loc-1', wednesday)).toBeNull()
    expect(signupBillingFor(child('f', [placement({ start: thursday })]), 'loc-1', wednesday)).toBeNull()
    expect(signupBillingFor(child('g', [placement({ end: '2026-12-01' })]), 'loc-1', wednesday)).toBeNull()
    expect(signupBillingFor(child('h', []), 'loc-1', wednesday)).toBeNull()
  })

  it('counts the placement\'s first and last day, and an open end (null or absent) as running', () => {
    expect(signupBillingFor(child('i', [placement({ start: wednesday })]), 'loc-1', wednesday)?.billing).toBe('inclusief')
    expect(signupBillingFor(child('j', [placement({ end: wednesday })]), 'loc-1', wednesday)?.billing).toBe('inclusief')
    expect(signupBillingFor(child('k', [placement({ end: null })]), 'loc-1', wednesday)?.billing).toBe('inclusief')
  })

  it('judges by the placement that runs that day: a switch from schoolweken to 52-weken changes the verdict', () => {
    const switched = child('l', [
      placement({ contract: 'schoolweken', end: '2026-11-30' }),
      placement({ contract: '52-weken', start: '2026-12-01' }),
    ])
    expect(signupBillingFor(switched, 'loc-1', '2026-11-25')).toMatchObject({ billing: 'factuur', contract: 'schoolweken' })
    expect(signupBillingFor(switched, 'loc-1', wednesday)).toMatchObject({ billing: 'inclusief', contract: '52-weken' })
    expect(bsoPlacementOn(switched, 'loc-1', wednesday)?.start).toBe('2026-12-01')
  })

  it('property: inclusief exactly for 52-weken on one of the contract weekdays, never otherwise', () => {
    fc.assert(fc.property(
      fc.constantFrom('52-weken', 'schoolweken', 'standaard', 'qflexibel' as const),
      fc.uniqueArray(fc.integer({ min: 1, max: 7 })),
      fc.integer({ min: 0, max: 365 }),
      (contract, weekdays, offset) => {
        const date = addDays('2026-01-01', offset)
        const verdict = signupBillingFor(child('p', [placement({ contract, weekdays })]), 'loc-1', date)
        const included = contract === '52-weken' && weekdays.includes(weekday(date))
        expect(verdict?.billing).toBe(included ? 'inclusief' : 'factuur')
      },
    ))
  })
})

describe('closedSchools', () => {
  const location = { schools: [{ id: 'school-1' }, { id: 'school-2' }] }

  it('the location\'s schools with a study or closing day on that date, not other dates or schools it does not serve', () => {
    const days = [
      { schoolId: 'school-1', date: wednesday },
      { schoolId: 'school-2', date: thursday },
      { schoolId: 'school-9', date: wednesday },
    ]
    expect(closedSchools(location, days, wednesday)).toEqual(new Set(['school-1']))
    expect(closedSchools(location, days, thursday)).toEqual(new Set(['school-2']))
    expect(closedSchools(location, days, '2026-12-04')).toEqual(new Set())
    expect(closedSchools({ schools: [] }, days, wednesday)).toEqual(new Set())
  })
})

describe('sheetCandidates (the sheet\'s picker, F9)', () => {
  const closed = new Set(['school-1'])
  const pick = (children: ReturnType<typeof child>[], closedSchoolIds: ReadonlySet<string> = closed) =>
    sheetCandidates({ locationId: 'loc-1', date: wednesday, closedSchoolIds, children }).map((c) => [c.child.id, c.billing.billing])

  it('only BSO children of a closed school with a placement at that location that day, each with R9\'s verdict', () => {
    const children = [
      child('bso52', [placement()]),
      child('schoolweken', [placement({ contract: 'schoolweken' })]),
      child('open-school', [placement()], 'school-2'),
      child('no-school', [placement()], null),
      child('elsewhere', [placement({ locationId: 'loc-2' })]),
      child('kdv', [placement({ careType: 'KDV', contract: 'standaard' })]),
      child('ended', [placement({ end: '2026-11-30' })]),
      child('later', [placement({ start: thursday })]),
    ]
    expect(pick(children)).toEqual([['bso52', 'inclusief'], ['schoolweken', 'factuur']])
  })

  it('nobody when no school is closed that day', () => {
    expect(pick([child('bso52', [placement()])], new Set())).toEqual([])
  })

  it('hands back the caller\'s own child objects (their names and parents stay at hand)', () => {
    const named = { ...child('m', [placement()]), firstName: 'Mila' }
    const [candidate] = sheetCandidates({ locationId: 'loc-1', date: wednesday, closedSchoolIds: closed, children: [named] })
    expect(candidate?.child).toBe(named)
  })
})

describe('signupLineStatus', () => {
  const facts = (...kinds: JournalKind[]) => kinds.map((kind) => ({ kind }))

  it('a line without facts about it is signed', () => {
    expect(signupLineStatus([])).toBe('getekend')
    // Facts of other kinds say nothing about the line's status.
    expect(signupLineStatus(facts('correctie', 'ontgrendeld'))).toBe('getekend')
  })

  it('withdrawn, processed or rejected after its one fact', () => {
    expect(signupLineStatus(facts('intrekking'))).toBe('ingetrokken')
    expect(signupLineStatus(facts('verwerkt'))).toBe('verwerkt')
    expect(signupLineStatus(facts('afgewezen'))).toBe('afgewezen')
  })

  it('customer service\'s decision beats a withdrawal, in whatever order the facts come', () => {
    expect(signupLineStatus(facts('intrekking', 'verwerkt'))).toBe('verwerkt')
    expect(signupLineStatus(facts('afgewezen', 'intrekking'))).toBe('afgewezen')
  })
})
