// The state of one location's simulated year: what has been written so far and the indexes the
// day loop needs. Everything is per location, so locations can be generated one at a time (lazily).
import type { CollectionName } from '../../domain/collections'
import type { CareType, DayPart, LedgerUnit } from '../../domain/enums'
import type { Child, DocumentByCollection, Group, GroupDayPart, Location, Placement, Request, Staff } from '../../domain/types'
import { dayPartOf } from '../care'
import { amsterdamIso, fromDay, toDay, type Day } from '../days'
import { demoDeviceOf, type DemoLocationFrame } from '../organisation'
import type { Rng } from '../prng'
import { groupStaffOf, seniorsOf, staffWithRole } from '../staff'
import { LedgerBook } from './ledger-book'

export type DemoDocuments = { [C in CollectionName]: DocumentByCollection[C][] }

export function emptyDocuments(): DemoDocuments {
  return {
    locations: [], children: [], attendance: [], absences: [], requests: [], ledger: [], studydays: [],
    signupsheets: [], signuplines: [], staff: [], journal: [], notices: [],
  }
}

/** A placement with its dates as day numbers, for the hot loop. */
export interface ActivePlacement { child: Child; placement: Placement; start: Day; end: Day }

export const officeDevice = 'pc-kantoor-1'
export const serverDevice = 'server'

export interface Sim {
  rng: Rng
  frame: DemoLocationFrame
  location: Location
  groups: Map<string, Group>
  children: Child[]
  childById: Map<string, Child>
  placementsByGroup: Map<string, ActivePlacement[]>
  today: Day
  start: Day
  docs: DemoDocuments
  book: LedgerBook
  device: string
  staff: { group: Staff[]; seniors: Staff[]; office: Staff[]; planner: Staff }
  /** School ids with a study or closing day, per day. */
  studyDays: Map<Day, Set<string>>
  /** Children signed up on a sheet (and not withdrawn), per study day: they come for the whole day. */
  signedUp: Map<Day, Map<string, { dayPart: DayPart; start: string; end: string }>>
  /** Approved requests by care day: the child comes that day. */
  approved: Map<Day, Request[]>
  /** Requests per child and care day, so that one day is not requested twice. */
  requested: Set<string>
  /** Pending decisions: request, the day it will be decided, and whether it is a waiting-list turn. */
  pending: { request: Request; decideOn: Day }[]
  /** Q-blocks that the parent cancels on time (R13), by the day of cancelling. */
  cancellations: Map<Day, Request[]>
  /** What each request holds in the ledger (R20), released or made final at its decision. */
  reserved: Map<string, { unit: LedgerUnit; amount: number; careType?: CareType }>
  sick: Set<string>
  vacationWeeks: Map<string, Set<string>>
  holidayContract: Set<string>
}

export function createSim(rng: Rng, frame: DemoLocationFrame, location: Location, children: Child[], today: Day, start: Day): Sim {
  const placementsByGroup = new Map<string, ActivePlacement[]>()
  for (const child of children) {
    for (const placement of child.placements) {
      const list = placementsByGroup.get(placement.groupId) ?? []
      list.push({ child, placement, start: toDay(placement.start), end: placement.end ? toDay(placement.end) : Infinity })
      placementsByGroup.set(placement.groupId, list)
    }
  }
  const planner = staffWithRole('planner')[0]
  if (!planner) throw new Error('The demo staff has no planner')
  return {
    rng, frame, location, children, today, start, placementsByGroup,
    groups: new Map(location.groups.map((g) => [g.id, g])),
    childById: new Map(children.map((c) => [c.id, c])),
    docs: emptyDocuments(),
    book: new LedgerBook(),
    device: demoDeviceOf(frame.id),
    staff: { group: groupStaffOf(frame.id), seniors: seniorsOf(frame.id), office: staffWithRole('klantenservice'), planner },
    studyDays: new Map(), signedUp: new Map(), approved: new Map(), requested: new Set(), pending: [], cancellations: new Map(), reserved: new Map(),
    sick: new Set(), vacationWeeks: new Map(), holidayContract: new Set(),
  }
}

/** A staff fact recorded on the location's PC. */
export function staffFact(sim: Sim, who: Staff, day: Day, minute: number): { by: string; device: string; at: string } {
  return { by: who.id, device: sim.device, at: amsterdamIso(day, minute) }
}

export function groupPart(group: Group, dayPart: DayPart): GroupDayPart {
  return group.dayParts.find((p) => p.dayPart === dayPart) ?? dayPartOf(group.careType, dayPart)
}

export const dateOf = fromDay
