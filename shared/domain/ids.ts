// Deterministic ids for documents with a natural key (DESIGN §4): two PCs creating "the same" fact
// offline meet on one id when they sync, instead of duplicating it. Documents without a natural
// key (requests, sign-up lines) get a random uuid.
import type { DayPart } from './enums'

/** The attendance list of one group on one day. */
export const attendanceDayId = (date: string, groupId: string): string => `${date}:${groupId}`

/** An attendance entry inside its day, as a journal target (a correction of that entry). */
export const attendanceEntryRef = (date: string, groupId: string, childId: string): string =>
  `${attendanceDayId(date, groupId)}:${childId}`

/** One absence per child, date and day part: reporting the same absence twice is one report. */
export const absenceId = (date: string, childId: string, dayPart: DayPart): string => `${date}:${childId}:${dayPart}`

export const studyDayId = (schoolId: string, date: string): string => `${schoolId}:${date}`

export const signupSheetId = (locationId: string, date: string): string => `${locationId}:${date}`

/** Ledger movements that follow from another document take their id from it (prefix = the ledger kind). */
export const ledgerIds = {
  /** Swap hours earned by a timely absence (R4–R6). */
  earnedFromAbsence: (absenceId: string): string => `opgebouwd:${absenceId}`,
  /** Held when a request paid from a balance is submitted (R20). */
  reservation: (requestId: string): string => `gereserveerd:${requestId}`,
  /** The reservation of an approved request made final. */
  spent: (requestId: string): string => `besteed:${requestId}`,
  /** The reservation given back when the request ends in afgekeurd, verwijderd or geannuleerd. */
  release: (requestId: string): string => `vrijgegeven:${requestId}`,
  /** Hours of a Q-block cancelled on time returned to the Qflexibel balance (R7, R13). */
  refund: (requestId: string): string => `teruggeboekt:${requestId}`,
} as const

/**
 * Customer service's one decision on a sign-up line (journal `verwerkt` or `afgewezen`): one id per line
 * whichever it is and whichever PC takes it, so a line never becomes two bookings, nor a booking and a
 * rejection (F6). The second PC's decision meets the first on the server, which keeps the first.
 */
export const lineDecisionId = (lineId: string): string => `verwerking:${lineId}`

/** A withdrawal of a signed line (journal `intrekking`): one per line, whichever PC takes it. */
export const lineWithdrawalId = (lineId: string): string => `intrekking:${lineId}`
