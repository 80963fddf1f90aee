// Which checks a pushed document of each collection passes, after its JSON schema: first the ones
// every document passes, then the collection's own document checks, then the ones that read the
// stored picture. The first refusal decides. A collection without checks of its own is listed
// with none, so that adding a collection forces a decision here (the type requires every name).
import type { Absence, AttendanceDay, CollectionName, LedgerEntry, Request } from '../../../shared/domain'
import { absenceReportedAt } from './absence-reported-at'
import { appendOnly, appendOnlyButDeletable } from './append-only'
import { checkOutAfterCheckIn } from './attendance-times'
import type { DocumentCheck, PictureCheck } from './check'
import { clientTimeNotAhead } from './client-time-bound'
import { firstDecisionWins } from './first-decision-wins'
import { decisionPath } from './request-decisions'
import { submittedInWindow } from './request-window-check'
import { reservationCovered } from './reservation-cover'

/**
 * Checks are written against their collection's document type; the registry is the one place that
 * pairs a collection with those checks, and the schema has been checked before any of them runs.
 */
function forType<D>(...checks: DocumentCheck<D>[]): readonly DocumentCheck[] {
  return checks as unknown as readonly DocumentCheck[]
}
function picturesForType<D>(...checks: PictureCheck<D>[]): readonly PictureCheck[] {
  return checks as unknown as readonly PictureCheck[]
}

export const commonChecks: readonly DocumentCheck[] = [clientTimeNotAhead]

export const documentChecks: Readonly<Record<CollectionName, readonly DocumentCheck[]>> = {
  absences: [appendOnly, ...forType<Absence>(absenceReportedAt)],
  ledger: [appendOnly],
  signuplines: [appendOnly],
  journal: [appendOnly],
  studydays: [appendOnlyButDeletable],
  requests: forType<Request>(decisionPath, firstDecisionWins, submittedInWindow),
  attendance: forType<AttendanceDay>(checkOutAfterCheckIn),
  locations: [],
  children: [],
  signupsheets: [],
  staff: [],
  notices: [],
}

export const pictureChecks: Readonly<Partial<Record<CollectionName, readonly PictureCheck[]>>> = {
  ledger: picturesForType<LedgerEntry>(reservationCovered),
}
