// The Noodlijst (F2): who is in the building NOW. A building is a location, so it spans every group
// of the chosen group's location, not only the list on screen: in an evacuation nobody counts one
// group at a time. In the building = checked in today and not checked out (nor marked as gone home
// during the day). Per child what the emergency needs: its group, since when it is there, the
// parents' phone numbers, who may collect it, allergies and medical notes (decrypted by RxDB in the
// renderer; sensitive, so they appear only here and in what staff print). Pure.
import type { AttendanceDay, AttendanceEntry, Child, Collector, Location } from '../../../../../shared/domain'
import { childName } from '../attendance-rows'

export interface EmergencyParent {
  name: string
  phones: string[]
}

export interface EmergencyChild {
  childId: string
  name: string
  groupName: string
  /** ISO instant of the check-in. */
  checkIn: string
  parents: EmergencyParent[]
  collectors: Collector[]
  allergies: string[]
  medicalNotes: string
  /** False when the child's document is not on this PC: its name and contacts are then unknown here. */
  known: boolean
}

export function inBuilding(entry: Pick<AttendanceEntry, 'checkIn' | 'checkOut' | 'wentHome'>): boolean {
  return entry.checkIn !== undefined && entry.checkOut === undefined && !entry.wentHome
}

export interface EmergencyListInput {
  location: Location
  /** Today's ('yyyy-MM-dd', Amsterdam) group-day documents; others are ignored. */
  days: readonly AttendanceDay[]
  today: string
  children: readonly Child[]
}

export function emergencyList(input: EmergencyListInput): EmergencyChild[] {
  const groupOrder = new Map(input.location.groups.map((group, index) => [group.id, index]))
  const groupName = new Map(input.location.groups.map((group) => [group.id, group.name]))
  const children = new Map(input.children.map((child) => [child.id, child]))
  const seen = new Set<string>()
  const list: (EmergencyChild & { order: number })[] = []
  const days = input.days.filter((day) => day.locationId === input.location.id && day.date === input.today && groupOrder.has(day.groupId))
  for (const day of days) {
    for (const entry of day.entries) {
      // A child checked in on two groups' lists is one child in the building.
      if (!inBuilding(entry) || seen.has(entry.childId)) continue
      seen.add(entry.childId)
      const child = children.get(entry.childId)
      list.push({
        childId: entry.childId,
        name: child ? childName(child) : entry.childId,
        groupName: groupName.get(day.groupId) ?? day.groupId,
        checkIn: entry.checkIn ?? '',
        parents: [...(child?.parents ?? [])].sort((a, b) => a.rank - b.rank).map((p) => ({ name: p.name, phones: [...p.phones] })),
        collectors: [...(child?.collectors ?? [])],
        allergies: [...(child?.medical.allergies ?? [])],
        medicalNotes: child?.medical.notes ?? '',
        known: child !== undefined,
        order: groupOrder.get(day.groupId) ?? 0,
      })
    }
  }
  return list
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nl') || a.childId.localeCompare(b.childId))
    .map(({ order: _order, ...child }) => child)
}
