// R18: attendance lists are locked against planning changes by default; any staff member of the
// location unlocks one (recorded with who and when), a list more than 7 days old only a senior or
// manager (default). Location scope (R19) is checked separately with inScope.
import type { Role } from '../domain/enums'
import { daysAhead, isDateString } from '../calendar'
import { defaults } from './defaults'
import { can } from './permissions'
import { allow, refuse, type Verdict } from './verdict'

/** Lists start locked: an unlock is a recorded act, not a stored flag that could be left open. */
export const listsLockedByDefault = true

export function canUnlock(a: { role: Role; listDate: string; today: string }): Verdict {
  if (!isDateString(a.listDate) || !isDateString(a.today)) return refuse('ongeldige-datum')
  const old = daysAhead(a.listDate, a.today) > defaults.unlockOldListAfterDays
  if (can(a.role, old ? 'lijst.ontgrendelen.oud' : 'lijst.ontgrendelen')) return allow()
  return refuse(old && can(a.role, 'lijst.ontgrendelen') ? 'ontgrendelen-oud-alleen-senior' : 'geen-recht')
}
