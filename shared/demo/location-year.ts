// The first-sync benchmark's workload (DESIGN §4): one busy location's year of attendance, about
// 50,000 entries in about 2,000 group-day documents. Same generator as the demo, denser profile.
import type { AttendanceDay } from '../domain/types'
import { toDay } from './days'
import type { DemoDocuments } from './history/sim'
import { generateLocation } from './location'
import { demoLocations } from './organisation'

function busyLocation(seed: number, today: string): DemoDocuments {
  const frame = demoLocations[0]
  if (!frame) throw new Error('No demo locations')
  return generateLocation(seed, frame, toDay(today), 365, { groups: 8, fill: 0.95, minChildren: 100, maxChildren: 1000, capacity: 44 }, { attendanceOnly: true })
}

/** The busy location's master data (location, children) and its attendance, for a benchmark that needs both. */
export function locationYearDocuments(seed: number, today: string): Pick<DemoDocuments, 'locations' | 'children' | 'attendance'> {
  const docs = busyLocation(seed, today)
  return { locations: docs.locations, children: docs.children, attendance: docs.attendance }
}

/** Yields the busy location's attendance days of the year before `today`, oldest first. */
export function* locationYear(seed: number, today: string): Generator<AttendanceDay> {
  yield* busyLocation(seed, today).attendance
}
