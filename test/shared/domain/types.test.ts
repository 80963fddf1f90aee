import { describe, expectTypeOf, it } from 'vitest'
import type {
  AttendanceEntry, CareType, Child, DayPart, Decision, DocumentByCollection, Group, GroupDayPart, LedgerEntry, Location,
  Notice, Parent, Placement, Request, RequestStatus, Signature, Staff,
} from '../../../shared/domain'

describe('types derived from the schemas', () => {
  it('locations embed groups with their day parts', () => {
    expectTypeOf<Location['groups']>().toEqualTypeOf<Group[]>()
    expectTypeOf<Group['careType']>().toEqualTypeOf<CareType>()
    expectTypeOf<Group['ageFromMonths']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<GroupDayPart>().toEqualTypeOf<{ dayPart: DayPart; start: string; end: string; capacity: number }>()
  })

  it('children embed parents and placements', () => {
    expectTypeOf<Parent['rank']>().toEqualTypeOf<1 | 2>()
    expectTypeOf<Parent['signInEmail']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Placement['weekdays']>().toEqualTypeOf<number[]>()
    expectTypeOf<Placement['end']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Child['medical']>().toEqualTypeOf<{ allergies: string[]; notes: string }>()
    expectTypeOf<Child['schoolId']>().toEqualTypeOf<string | undefined>()
  })

  it('requests carry their status and decisions', () => {
    expectTypeOf<Request['status']>().toEqualTypeOf<RequestStatus>()
    expectTypeOf<Decision['status']>().toEqualTypeOf<RequestStatus>()
    expectTypeOf<Decision['withoutRoom']>().toEqualTypeOf<boolean | undefined>()
  })

  it('attendance entries have a revision and optional times', () => {
    expectTypeOf<AttendanceEntry['rev']>().toEqualTypeOf<number>()
    expectTypeOf<AttendanceEntry['checkIn']>().toEqualTypeOf<string | undefined>()
  })

  it('the ledger keeps careType optional (the schema requires it for ruiluren at run time)', () => {
    expectTypeOf<LedgerEntry['careType']>().toEqualTypeOf<CareType | undefined>()
    expectTypeOf<LedgerEntry['unit']>().toEqualTypeOf<'ruiluren' | 'vakantiedagen' | 'flexuren'>()
  })

  it('signatures are vector points, notices name their collection, staff carry no secrets', () => {
    expectTypeOf<Signature['strokes'][number]['points'][number]>().toEqualTypeOf<[number, number, number, number]>()
    expectTypeOf<Notice['collectionName']>().toEqualTypeOf<keyof DocumentByCollection>()
    expectTypeOf<Staff>().not.toHaveProperty('password')
    expectTypeOf<DocumentByCollection['staff']>().toEqualTypeOf<Staff>()
  })
})
