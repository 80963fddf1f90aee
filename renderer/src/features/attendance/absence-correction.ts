// R12: a staff member's mistaken absence (wrong child, wrong day) is corrected with a reason. Nothing
// is edited or removed: a journal 'correctie' (id `correctie:<absence id>`, as the demo history
// writes it, so two PCs correcting the same absence meet) marks the absence, which then no longer
// counts (shared/rules expectedChildren) and stays visible, struck through.
//
// A corrected absence earns nothing. If it earned a credit (`opgebouwd:<absence id>`), the ledger is
// append-only too, so the correction books what undoes it: a `vervallen` movement whose sourceId is
// that credit. Of all ledger kinds it is the only debit that ledgerBalance takes from one named
// credit (its own, not the oldest), and it is what happened: the credit lapsed. `besteed` would
// read as spent on care and take the oldest credit instead. Its id `vervallen:<credit id>` is derived
// from the credit, so two PCs undoing the same credit meet on one movement.
import type { Absence, JournalEntry, LedgerEntry } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { canUndoAbsence, requireReason } from '../../../../shared/rules'

export interface AbsenceCorrectionInput {
  absence: Absence
  reason: string
  /** The child's ledger as this PC has it. */
  ledger: readonly LedgerEntry[]
  /** Server-corrected now (SPEC §4). */
  at: Date
  by: string
  device: string
}

export type AbsenceCorrection =
  | { ok: true; journal: JournalEntry; undo: LedgerEntry | null }
  | { ok: false; code: 'reden-verplicht' | 'afwezigheid-definitief' }

export const absenceCorrectionId = (absenceId: string): string => `correctie:${absenceId}`
export const undoCreditId = (creditId: string): string => `vervallen:${creditId}`

export function correctAbsence(a: AbsenceCorrectionInput): AbsenceCorrection {
  // A parent's own report (parent portal) is final (R12): only what staff entered can be a staff mistake.
  if (!canUndoAbsence(a.absence.reportedVia).ok) return { ok: false, code: 'afwezigheid-definitief' }
  if (!requireReason(a.reason).ok) return { ok: false, code: 'reden-verplicht' }
  const reason = a.reason.trim()
  const fact = { by: a.by, device: a.device, at: a.at.toISOString() }
  const journal: JournalEntry = {
    id: absenceCorrectionId(a.absence.id), kind: 'correctie', locationId: a.absence.locationId, targetId: a.absence.id,
    date: a.absence.date, groupId: a.absence.groupId, reason, data: { collection: 'absences' }, ...fact,
  }
  const creditId = ledgerIds.earnedFromAbsence(a.absence.id)
  const credit = a.ledger.find((e) => e.id === creditId && e.kind === 'opgebouwd')
  const undo: LedgerEntry | null = credit
    ? {
        id: undoCreditId(credit.id), childId: credit.childId, locationId: credit.locationId, unit: credit.unit,
        ...(credit.careType ? { careType: credit.careType } : {}), kind: 'vervallen', amount: credit.amount,
        date: amsterdamDate(a.at), sourceId: credit.id, reason, ...fact,
      }
    : null
  return { ok: true, journal, undo }
}
