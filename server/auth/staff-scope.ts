// Who may create or change which staff member (SPEC R19, permissions 'medewerker.beheren'): a
// manager manages the staff of their own locations. They may hand out and take away only their own
// locations (another location's part of an account is left as it is), and may not make anyone
// klantenservice or planner: those roles reach every location, so a manager would reach beyond
// their own through them.
import type { Role, Staff } from '../../shared/domain'
import { can, inScope } from '../../shared/rules'

const ORGANISATION_WIDE: readonly Role[] = ['klantenservice', 'planner']

export const staffAdminMessages = {
  notAllowed: 'Je mag geen medewerkers beheren',
  notYourStaff: 'Je mag alleen medewerkers van je eigen locaties beheren',
  notYourLocation: 'Je mag alleen locaties toewijzen waar je zelf over gaat',
  roleTooWide: 'Je mag geen klantenservice of planner aanmaken',
  noLocation: 'Kies minstens één locatie',
  notYourself: 'Je kunt je eigen rol, locaties of account niet wijzigen',
} as const

export type ScopeVerdict = { ok: true } | { ok: false; message: string }

type Actor = Pick<Staff, 'id' | 'role' | 'locationIds'>
type Reach = Pick<Staff, 'role' | 'locationIds'>

const allowed: ScopeVerdict = { ok: true }
const refuse = (key: keyof typeof staffAdminMessages): ScopeVerdict => ({ ok: false, message: staffAdminMessages[key] })

function roleGivenByLocation(actor: Actor, role: Role): boolean {
  return ORGANISATION_WIDE.includes(actor.role) || !ORGANISATION_WIDE.includes(role)
}

export function mayCreateStaff(actor: Actor, created: Reach): ScopeVerdict {
  if (!can(actor.role, 'medewerker.beheren')) return refuse('notAllowed')
  if (!roleGivenByLocation(actor, created.role)) return refuse('roleTooWide')
  if (created.locationIds.length === 0) return refuse('noLocation')
  if (!created.locationIds.every((l) => inScope(actor, l))) return refuse('notYourLocation')
  return allowed
}

export function mayChangeStaff(actor: Actor, before: Staff, after: Reach & Pick<Staff, 'active'>): ScopeVerdict {
  if (!can(actor.role, 'medewerker.beheren')) return refuse('notAllowed')
  if (ORGANISATION_WIDE.includes(before.role) && !ORGANISATION_WIDE.includes(actor.role)) return refuse('notYourStaff')
  if (!before.locationIds.some((l) => inScope(actor, l))) return refuse('notYourStaff')
  // A manager locking themselves out (or widening their own reach) is never what they meant.
  const reachChanged = after.role !== before.role || after.active !== before.active || !sameSet(after.locationIds, before.locationIds)
  if (actor.id === before.id && reachChanged) return refuse('notYourself')
  if (after.role !== before.role && !roleGivenByLocation(actor, after.role)) return refuse('roleTooWide')
  const touched = symmetricDifference(before.locationIds, after.locationIds)
  if (!touched.every((l) => inScope(actor, l))) return refuse('notYourLocation')
  if (after.locationIds.length === 0) return refuse('noLocation')
  return allowed
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return symmetricDifference(a, b).length === 0
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const left = new Set(a)
  const right = new Set(b)
  return [...a.filter((x) => !right.has(x)), ...b.filter((x) => !left.has(x))]
}
