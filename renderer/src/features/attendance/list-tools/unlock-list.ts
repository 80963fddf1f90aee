// R18's `Ontgrendelen`: who may (any staff member of the location; a list more than 7 days old only a
// senior or manager), and the fact it leaves: a journal 'ontgrendeld' entry with who, on which PC,
// when and which list. The id is derived from exactly that, so a retried write is the same fact and
// two unlocks are two facts. The shared rule is asked again right before the write; the server asks
// it once more (server/sync/checks change-acts.ts).
import type { RxCollection } from 'rxdb'
import type { JournalEntry, Role } from '../../../../../shared/domain'
import { attendanceDayId } from '../../../../../shared/domain'
import { amsterdamDate } from '../../../../../shared/calendar'
import { canUnlock } from '../../../../../shared/rules'
import type { Permissions } from '../../../app/permissions'

export type UnlockAllowance =
  | { allowed: true }
  /** oud: older than 7 days and not a senior/manager · geen-recht: the role never unlocks · alleen-bekijken: revoked PC. */
  | { allowed: false; reason: 'oud' | 'geen-recht' | 'alleen-bekijken' }

export function unlockAllowance(a: {
  permissions: Permissions; role: Role; revoked: boolean; locationId: string; listDate: string; today: string
}): UnlockAllowance {
  if (a.revoked) return { allowed: false, reason: 'alleen-bekijken' }
  if (a.permissions.covers(a.locationId) && a.permissions.can('lijst.ontgrendelen', { listDate: a.listDate, today: a.today })) {
    return { allowed: true }
  }
  const verdict = canUnlock({ role: a.role, listDate: a.listDate, today: a.today })
  return { allowed: false, reason: !verdict.ok && verdict.code === 'ontgrendelen-oud-alleen-senior' ? 'oud' : 'geen-recht' }
}

export interface UnlockInput {
  date: string
  groupId: string
  locationId: string
  by: string
  device: string
  /** ISO instant on the server-corrected clock (SPEC §4). */
  at: string
}

export function unlockEntry(a: UnlockInput): JournalEntry {
  const targetId = attendanceDayId(a.date, a.groupId)
  return {
    id: `ontgrendeld:${targetId}:${a.by}:${a.at}`,
    kind: 'ontgrendeld', locationId: a.locationId, targetId, date: a.date, groupId: a.groupId,
    by: a.by, device: a.device, at: a.at,
  }
}

export class UnlockRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
    this.name = 'UnlockRefused'
  }
}

function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'CONFLICT'
}

/** Writes the unlock locally (the replication takes it to the server) after the shared rule allows it. */
export async function recordUnlock(journal: RxCollection<JournalEntry>, input: UnlockInput & { role: Role }): Promise<JournalEntry> {
  const verdict = canUnlock({ role: input.role, listDate: input.date, today: amsterdamDate(new Date(input.at)) })
  if (!verdict.ok) throw new UnlockRefused(verdict.code, verdict.message)
  const entry = unlockEntry(input)
  try {
    await journal.insert(entry)
  } catch (error) {
    // The same fact written before (a retried click): it stands as it is.
    if (!isConflict(error)) throw error
  }
  return entry
}
