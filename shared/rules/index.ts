// THE PUBLIC CONTRACT of SPEC §4: every business rule R1–R20, pure (no clock, no I/O). Renderer,
// main process and server all import from here. Names and shapes of the first block are fixed by
// the SPEC; the rest serves the features.
export type { Verdict, VerdictCode } from './verdict'
export { verdictMessages } from './verdict'

// SPEC §4 contract
export { requestWindow } from './request-window'
export { accrualDeadline } from './accrual-deadline'
export { swapHoursEarned, swapHoursCap } from './swap-hours'
export { paymentOptions } from './payment-options'
export { canCancelQBlock } from './qflexibel'
export { invoiceDate } from './invoice-date'

// Facts and defaults
export * as facts from './facts'
export { defaults } from './defaults'

// R4 gemeld om, R6 day-part hours
export { reportedOnTime, validReportedAt } from './accrual-deadline'
export { dayPartHours } from './day-part-hours'
export { coversDayPart, sharedDayPart } from './day-part-cover'
// R9 sign-up sheets
export { signupBilling, type StudyDayBilling } from './study-day-billing'
export {
  signupBillingFor, signupBillingReasons, bsoPlacementOn, closedSchools, sheetCandidates, signupLineStatus,
  type SignupBillingVerdict, type SignupBillingReason, type SignupLineStatus,
} from './signup-sheet'
// R11 room, reasons
export { groupRoom, canApproveWithoutRoom } from './group-room'
export { requestRoom, roomParts, type RequestRoomInput, type PartRoom } from './request-room'
export { hasReason, requireReason } from './reason'
// R12
export { canUndoAbsence } from './absence-finality'
// R14
export { canTopUpFlex, flexExpiry } from './qflexibel'
// R17, R18
export { retentionSelection, type RetentionChild } from './retention'
export { canUnlock, listsLockedByDefault } from './list-unlock'
// Permissions, R19
export { permissionMatrix, actions, can, inScope, deviceInScope, type Action, type PermissionContext } from './permissions'
// R20 request states
export {
  requestTransitions, finalStatuses, isFinalStatus, nextStatuses, requestTransition, decideRequest, decisionSteps, canCancelRequest,
  type RequestDecision, type DecisionStep,
} from './request-states'
// Ledger (R6, R8, R14, R16, R20)
export { ledgerBalance, isCreditKind, type LedgerEntryInput, type LedgerBalance, type CreditState } from './ledger-balance'
export { canReserve, manualCredit, creditRoom } from './ledger-guards'
export { creditValidUntil, defaultValidUntil } from './credit-validity'
export { contractOn } from './cap-contract'
export { paidFromBalance } from './paid-from-balance'
// F2 expected children
export {
  expectedChildren,
  type ExpectedChildrenInput, type ExpectedChild, type AbsentChild, type ExpectedReason,
  type ExpectedPlacement, type ExpectedChildInput, type ExpectedRequest, type ExpectedAbsence,
} from './expected-children'
// Input types of the contract
export type { RequestWindowInput } from './request-window'
export type { AccrualDeadlineInput } from './accrual-deadline'
export type { SwapHoursEarnedInput } from './swap-hours'
export type { PaymentOptionsInput } from './payment-options'
// Issue 9: staff–child ratio (BKR)
export {
  requiredStaff, ageInYears, staffRatioMessages,
  type StaffRatioInput, type StaffRatioResult, type StaffRatioCode, type RatioCareType,
} from './staff-ratio'
export { dayCareRows, afterSchoolRows, type RatioRow, type RatioOption } from './staff-ratio-tables'
export {
  ratioCareType, presentAt, staffOnGroupAt, plannedStaff, childrenPresentAt, groupRatio,
  type StaffPresence, type ChildPresence, type GroupRatio,
} from './group-ratio'
// Issue 9: the day's ratio record and the three-hour rule (BKR.md)
export {
  ratioTimeline, dayBounds,
  type RatioTimeline, type RatioTimelineInput, type RatioSegment, type ChildInterval, type StaffInterval,
} from './ratio-timeline'
export {
  threeHourRule, allowedMinutesBelow, threeHourLimits, wholeMinutes,
  type ThreeHourInput, type ThreeHourVerdict, type ThreeHourCode, type ThreeHourReason,
} from './three-hour-rule'
// Which placement a request is judged by (PC and parent portal)
export { placementFor, placedOn, placementRunsOn } from './request-placement'
// Request kinds and their day parts and payments (Dag aanvragen and the parent portal)
export { formKinds, kindsFor, dayPartsFor, paymentsForKind, documentKind, type FormKind } from './request-kinds'
