// Which checks a pushed document of each collection passes, after its JSON schema. In order: what
// the pushing PC may write at all (R19, its device token), who made the change and whether they may
// (R19 and the permission matrix), then the rules: the ones every document passes, the collection's
// own document checks, and the ones that read the stored picture. Who may act comes before what the
// rules say about the act, so a change nobody there may make is told so, not judged on its merits.
// The first refusal decides. A collection without checks of its own is listed with none, so that
// adding a collection forces a decision here (the type requires every name).
import type {
  Absence, AttendanceDay, CollectionName, JournalEntry, LedgerEntry, Request, SignupLine, SignupSheet, StudyDay,
} from '../../../shared/domain'
import { absenceReportedAt } from './absence-reported-at'
import { accountFactFitsChild } from './account-facts'
import { approvalHasReservation } from './approval-reservation'
import { appendOnly, appendOnlyButDeletable } from './append-only'
import { checkOutAfterCheckIn, staffTimesNotAhead } from './attendance-times'
import { authorMayAct } from './author-rights'
import type { DocumentCheck, PictureCheck } from './check'
import { clientTimeNotAhead } from './client-time-bound'
import { creditWithinCap } from './credit-cap'
import { childNotDeleted } from './deleted-child'
import { withinDeviceScope } from './device-scope'
import { firstDecisionWins } from './first-decision-wins'
import { flexTopUpInTime } from './flex-top-up'
import { lineFactComplete } from './line-fact-content'
import { lineFactFitsLine } from './line-fact-on-line'
import { lineOnItsSheet } from './line-on-its-sheet'
import { firstLineFactStands, lineFactHasLineId } from './one-fact-per-line'
import { ownNotices } from './own-notices'
import { decisionPath } from './request-decisions'
import { submittedInWindow } from './request-window-check'
import { reservationCovered } from './reservation-cover'
import { roomAtApproval } from './room-at-approval'
import { settlementFollowsDecision } from './settlement-follows-decision'
import { closedSheetStaysClosed, sheetOfItsDay } from './sheet-closing'
import { staffOfTheLocation } from './staff-on-location'
import { studyDayWithinDevice } from './study-day-scope'
import { writtenElsewhere } from './written-elsewhere'

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

/** R19, the PC: each returns null without a caller (only tests push without one). */
export const callerChecks: readonly DocumentCheck[] = [writtenElsewhere, ownNotices, withinDeviceScope]

/**
 * R19, the PC, where its scope needs the stored picture; and a deleted child's facts (AVG), which no
 * PC may write whoever acts, refused before any other check can name another reason.
 */
export const callerPictureChecks: Readonly<Partial<Record<CollectionName, readonly PictureCheck[]>>> = {
  studydays: picturesForType<StudyDay>(studyDayWithinDevice),
  absences: [childNotDeleted],
  requests: [childNotDeleted],
  ledger: [childNotDeleted],
  signuplines: [childNotDeleted],
  journal: [childNotDeleted],
  attendance: [childNotDeleted],
}

/** R19 and the permission matrix, the author: with or without a caller. */
export const authorChecks: readonly PictureCheck[] = [authorMayAct]

export const commonChecks: readonly DocumentCheck[] = [clientTimeNotAhead]

export const documentChecks: Readonly<Record<CollectionName, readonly DocumentCheck[]>> = {
  absences: [appendOnly, ...forType<Absence>(absenceReportedAt)],
  ledger: [appendOnly, ...forType<LedgerEntry>(flexTopUpInTime)],
  signuplines: [appendOnly, ...forType<SignupLine>(lineOnItsSheet)],
  // A line's second decision or withdrawal is told whose fact stands before append-only calls it an edit.
  journal: [...forType<JournalEntry>(firstLineFactStands), appendOnly, ...forType<JournalEntry>(lineFactHasLineId, lineFactComplete)],
  studydays: [appendOnlyButDeletable],
  requests: forType<Request>(decisionPath, firstDecisionWins, submittedInWindow),
  attendance: forType<AttendanceDay>(checkOutAfterCheckIn, staffTimesNotAhead),
  locations: [],
  children: [],
  signupsheets: forType<SignupSheet>(sheetOfItsDay, closedSheetStaysClosed),
  staff: [],
  notices: [],
}

export const pictureChecks: Readonly<Partial<Record<CollectionName, readonly PictureCheck[]>>> = {
  ledger: picturesForType<LedgerEntry>(reservationCovered, creditWithinCap, settlementFollowsDecision),
  requests: picturesForType<Request>(roomAtApproval, approvalHasReservation),
  attendance: picturesForType<AttendanceDay>(staffOfTheLocation),
  journal: picturesForType<JournalEntry>(lineFactFitsLine, accountFactFitsChild),
}
