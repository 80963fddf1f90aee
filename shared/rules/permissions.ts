// Who may do what (SPEC §1 roles, R11, R16, R18, R19), as data so that the UI can hide what a role
// cannot do and the server can refuse it with the same table. Location roles work at their own
// locations (R19 via inScope); klantenservice and planner cover all locations.
import type { ContractKind, Role } from '../domain/enums'
import { daysAhead, isDateString } from '../calendar'
import { defaults } from './defaults'

const locationStaff = ['groepsmedewerker', 'senior', 'manager'] as const satisfies readonly Role[]
const allRoles = ['groepsmedewerker', 'senior', 'manager', 'klantenservice', 'planner'] as const satisfies readonly Role[]

export const permissionMatrix = {
  /** F2: check in / out, went home, Kind toevoegen. */
  'aanwezigheid.registreren': locationStaff,
  'aanwezigheid.bekijken': allRoles,
  /** F2: afwezig melden; customer service also takes parents' calls. */
  'afwezigheid.melden': [...locationStaff, 'klantenservice'],
  /** R12: staff correct a mistaken entry with a reason. */
  'afwezigheid.corrigeren': [...locationStaff, 'klantenservice'],
  /** F3: Dag aanvragen for a parent. */
  'aanvraag.indienen': allRoles,
  /** R11: location staff decide requests of their own locations. */
  'aanvraag.beslissen': locationStaff,
  /** R11: Qflexibel requests are decided only by the planner (FAQ). */
  'aanvraag.beslissen.qflexibel': ['planner'],
  /** R20: goedgekeurd → geannuleerd by staff, with a reason. */
  'aanvraag.annuleren': [...locationStaff, 'klantenservice', 'planner'],
  'tegoed.bekijken': allRoles,
  /** R16 (FAQ "Voor seniors, managers en klantenservice"). */
  'tegoed.toevoegen': ['senior', 'manager', 'klantenservice'],
  /** R14: top-ups go through customer service (FAQ). */
  'flextegoed.ophogen': ['klantenservice'],
  /** R18: any staff member of the location. */
  'lijst.ontgrendelen': locationStaff,
  /** R18 (default): lists more than 7 days in the past. */
  'lijst.ontgrendelen.oud': ['senior', 'manager'],
  /** F9: study and closing days per school. */
  'studiedag.beheren': ['manager', 'klantenservice'],
  /** F6: open a sheet, add and withdraw lines, close and print it. */
  'intekenlijst.beheren': locationStaff,
  /** F6: customer service turns each line of a closed sheet into a booking, or rejects it. */
  'intekenregel.verwerken': ['klantenservice'],
  'kind.bekijken': allRoles,
  /** F8: Nieuw wachtwoord verzenden. */
  'wachtwoord.verzenden': [...locationStaff, 'klantenservice'],
  /** F8: which of a parent's e-mail addresses signs in. */
  'inlogadres.kiezen': ['klantenservice'],
  /** F10: import forceren. */
  'import.forceren': ['klantenservice'],
  'medewerker.beheren': ['manager'],
  /**
   * F1: a manager registers a PC for (some of) their own locations, and can revoke it; customer service
   * registers and revokes the central PCs that cover all locations (the server's device routes hold
   * each role to its kind of PC).
   */
  'pc.registreren': ['manager', 'klantenservice'],
  'pc.intrekken': ['manager', 'klantenservice'],
  /** AVG: export everything held about a child and its parents, or delete it everywhere (server and PCs). */
  'privacy.beheren': ['klantenservice', 'manager'],
} as const satisfies Record<string, readonly Role[]>

export type Action = keyof typeof permissionMatrix
export const actions = Object.keys(permissionMatrix) as Action[]

/** What refines an action: the request's contract (R11), the list's date and today (R18). */
export type PermissionContext = { contract?: ContractKind; listDate?: string; today?: string }

export function can(role: Role, action: Action, ctx: PermissionContext = {}): boolean {
  if (action === 'aanvraag.beslissen' && ctx.contract === 'qflexibel') return can(role, 'aanvraag.beslissen.qflexibel')
  if (action === 'lijst.ontgrendelen' && isOldList(ctx)) return can(role, 'lijst.ontgrendelen.oud')
  return (permissionMatrix[action] as readonly Role[]).includes(role)
}

function isOldList(ctx: PermissionContext): boolean {
  if (ctx.listDate === undefined || ctx.today === undefined) return false
  // A malformed date must not open the wider door.
  if (!isDateString(ctx.listDate) || !isDateString(ctx.today)) return true
  return daysAhead(ctx.listDate, ctx.today) > defaults.unlockOldListAfterDays
}

/** R19 for a PC: it is registered for some locations, or for all (a central PC of customer service). */
export function deviceInScope(deviceLocations: readonly string[] | 'all', locationId: string): boolean {
  return deviceLocations === 'all' || deviceLocations.includes(locationId)
}

/** R19: a staff member's reach; klantenservice and planner cover all locations. */
export function inScope(staff: { role: Role; locationIds: readonly string[] }, locationId: string): boolean {
  if (staff.role === 'klantenservice' || staff.role === 'planner') return true
  return staff.locationIds.includes(locationId)
}
