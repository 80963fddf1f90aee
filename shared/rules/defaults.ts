// Every "(default)" of the SPEC: a product decision where the FAQ is silent, kept in this one place
// so that it can change (SPEC, top). Each entry names the rule it belongs to.

export const defaults = {
  /** R1: staff may request extra care from today (0 days ahead) up to 28 days ahead. */
  staffRequestWindow: { minDaysAhead: 0, maxDaysAhead: 28 },

  /** F1: the verifier of the last online sign-in stays usable on the PC for 14 days. */
  offlineVerifierDays: 14,

  /**
   * F1: 5 wrong passwords in a row block signing in for 15 minutes: on the server (online sign-in)
   * and on the PC (offline sign-in against its verifier), so guessing offline gains nothing.
   */
  signInLockout: { maxFailures: 5, minutes: 15 },

  /** F1: the shared PC blanks and locks its screen after 5 minutes without input. */
  idleLockMinutes: 5,

  /** F1: after 5 wrong PINs in a row on a PC, that staff member signs in with the password again. */
  maxWrongPins: 5,

  /**
   * R4: when a BSO deadline is asked without the group's start time that day, the demo opening
   * time of `naschools` (SPEC §7) is used. Callers should pass careStart: on holidays and study
   * days care starts in the morning.
   */
  bsoCareStartFallback: '15:00',

  /** R6: above the cap the hours are earned up to the cap (not all-or-nothing). */
  earnUpToCap: true,

  /** R8: earned credit is valid as long as manual credit (FAQ: 120 days). */
  earnedCreditValidityDays: 120,

  /** R8: spending takes the oldest credit first. */
  spendOldestFirst: true,

  /** R8 for units the FAQ gives no validity: BSO holiday days without a validUntil do not expire. */
  holidayDaysExpire: false,

  /** R10: swap hours pay a day only when the valid balance covers all its hours (no partial payment). */
  partialSwapHourPayment: false,

  /**
   * R17 (privacy): a location PC removes a child's data 8 weeks after its last placement ended (the
   * FAQ's access to photos and diary ends then); the server keeps it 24 months (the FAQ's documents).
   */
  pcRetentionWeeks: 8,
  serverRetentionMonths: 24,

  /** R18: lists more than 7 days in the past can be unlocked only by a senior or manager. */
  unlockOldListAfterDays: 7,

  /** F6: the times a study-day sign-up line may ask for: BSO on a study day opens early and closes by 19:00. */
  studyDayHours: { start: '07:00', end: '19:00' },
} as const
