// The documents `Afwezig melden` writes, decided before anything is stored: one absence per day part
// (id `${date}:${childId}:${dayPart}`, so two PCs taking the same report meet on one document) and,
// for each that earns swap hours, one ledger credit `opgebouwd:<absence id>` (R4–R8). Pure: the
// clock, the child's ledger and the signed-in staff member come in as arguments.
//
// reportedVia: the parent tells the group by phone or at the door and the staff member enters it, so
// this PC records 'medewerker' (the channel the report came through, as the demo history does; the
// parent portal records 'ouder'). `by` is who entered it, `at` when, `reportedAt` the parent's call.
import type { Absence, AbsenceReason, AttendanceEntry, Child, DayPart, Group, LedgerEntry } from '../../../../shared/domain'
import { absenceId, ledgerIds } from '../../../../shared/domain'
import { contractOn, creditValidUntil, requireReason, validReportedAt } from '../../../../shared/rules'
import { previewSwapHours, type SwapHoursPreview } from './swap-hours-preview'

export interface AbsenceReportInput {
  child: Pick<Child, 'id' | 'placements'>
  group: Pick<Group, 'id' | 'careType' | 'dayParts'>
  locationId: string
  date: string
  dayParts: readonly DayPart[]
  reason: AbsenceReason
  note?: string
  /** `Gemeld om`: when the parent reported it (R4). */
  reportedAt: Date
  /** The moment of entry on the server's clock (SPEC §4). */
  enteredAt: Date
  by: string
  device: string
  /** The child's ledger as this PC has it. */
  ledger: readonly LedgerEntry[]
  /** The child's entry on the list that day, if any (R5). */
  entry?: Pick<AttendanceEntry, 'wentHome'>
}

export type AbsenceReportError = 'geen-dagdeel' | 'reden-verplicht' | 'gemeld-om-na-invoer' | 'gemeld-om-andere-dag' | 'ongeldige-datum'

export type AbsenceReport =
  | { ok: true; absences: Absence[]; credits: LedgerEntry[]; preview: SwapHoursPreview }
  | { ok: false; code: AbsenceReportError }

/** What the report would earn, for the dialog to show while it is being filled in. */
export function absencePreview(a: AbsenceReportInput): SwapHoursPreview {
  const parts = a.dayParts.map((part) => {
    const times = a.group.dayParts.find((p) => p.dayPart === part)
    if (!times) throw new RangeError(`Group ${a.group.id} has no day part ${part}`)
    return times
  })
  return previewSwapHours({
    careType: a.group.careType, contract: contractOn(a.child, a.group.careType, a.date), date: a.date, parts,
    reportedAt: a.reportedAt, wentHome: a.entry?.wentHome ?? false, ledger: a.ledger,
  })
}

export function absenceReport(a: AbsenceReportInput): AbsenceReport {
  if (a.dayParts.length === 0) return { ok: false, code: 'geen-dagdeel' }
  const when = validReportedAt({ reportedAt: a.reportedAt, enteredAt: a.enteredAt })
  if (!when.ok) return { ok: false, code: when.code as AbsenceReportError }
  // `overig` says nothing by itself: staff write down what the parent said.
  if (a.reason === 'overig' && !requireReason(a.note).ok) return { ok: false, code: 'reden-verplicht' }

  const preview = absencePreview(a)
  const fact = { by: a.by, device: a.device, at: a.enteredAt.toISOString() }
  const note = a.note?.trim()
  const absences = a.dayParts.map((dayPart): Absence => ({
    id: absenceId(a.date, a.child.id, dayPart), childId: a.child.id, groupId: a.group.id, locationId: a.locationId,
    careType: a.group.careType, date: a.date, dayPart, reason: { code: a.reason, ...(note ? { note } : {}) },
    reportedAt: a.reportedAt.toISOString(), reportedVia: 'medewerker', ...fact,
  }))
  const credits = absences.flatMap((absence, i): LedgerEntry[] => {
    const earned = preview.parts[i]?.earned ?? 0
    if (!(earned > 0)) return []
    return [{
      id: ledgerIds.earnedFromAbsence(absence.id), childId: absence.childId, locationId: absence.locationId, unit: 'ruiluren',
      careType: absence.careType, kind: 'opgebouwd', amount: earned, date: absence.date, validUntil: creditValidUntil(absence.date),
      sourceId: absence.id, ...fact,
    }]
  })
  return { ok: true, absences, credits, preview }
}
