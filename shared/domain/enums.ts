// The domain's closed vocabularies, as const arrays so that JSON schemas (enum) and TypeScript
// types come from one list. Values are the words staff use (SPEC §2); code words stay English.

export const careTypes = ['KDV', 'PG', 'VSO', 'BSO'] as const
export type CareType = (typeof careTypes)[number]

export const contractKinds = ['standaard', 'schoolweken', '52-weken', 'qflexibel'] as const
export type ContractKind = (typeof contractKinds)[number]

export const roles = ['groepsmedewerker', 'senior', 'manager', 'klantenservice', 'planner'] as const
export type Role = (typeof roles)[number]

export const payments = ['ruiluren', 'factuur', 'vakantietegoed', 'flexuren', 'flexuren+factuur', 'inclusief'] as const
export type Payment = (typeof payments)[number]

export const dayParts = ['ochtend', 'middag', 'hele dag', 'voorschools', 'naschools'] as const
export type DayPart = (typeof dayParts)[number]

export const absenceReasons = ['ziek', 'vakantie', 'overig'] as const
export type AbsenceReason = (typeof absenceReasons)[number]

export const requestKinds = ['extra dag', 'ruildag', 'Extra vakantiedag BSO', 'Vakantiedagen BSO (RP)', 'studiedag', 'Q-blok'] as const
export type RequestKind = (typeof requestKinds)[number]

/** R20. `ingediend` is the only start state; the final ones are listed in shared/rules/request-states.ts. */
export const requestStatuses = ['ingediend', 'goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd', 'geannuleerd'] as const
export type RequestStatus = (typeof requestStatuses)[number]

/** Who acts in a rule: a parent (through the parent portal) or a staff member. */
export const actors = ['ouder', 'medewerker'] as const
export type Actor = (typeof actors)[number]

/** What a ledger entry counts in: swap hours (per care type), BSO holiday days, Qflexibel hours. */
export const ledgerUnits = ['ruiluren', 'vakantiedagen', 'flexuren'] as const
export type LedgerUnit = (typeof ledgerUnits)[number]

/**
 * Ledger movements. Credits: opgebouwd (earned by a timely absence), handmatig (Tegoed toevoegen),
 * contract (holiday days / Qflexibel hours a contract brings), opgewaardeerd (Qflexibel top-up),
 * teruggeboekt (hours of a Q-block cancelled on time, R7/R13).
 * Debits: gereserveerd (held by a submitted request), besteed (the reservation of an approved
 * request, made final), vervallen (expired credit, written for the record).
 * vrijgegeven releases a reservation whose request ended without care (R20).
 */
export const ledgerKinds = ['opgebouwd', 'handmatig', 'contract', 'opgewaardeerd', 'teruggeboekt', 'gereserveerd', 'besteed', 'vrijgegeven', 'vervallen'] as const
export type LedgerKind = (typeof ledgerKinds)[number]

export const studyDayKinds = ['studiedag', 'schoolsluitingsdag'] as const
export type StudyDayKind = (typeof studyDayKinds)[number]

/** An intekenlijst is open for signing at the location until staff close it (F6). */
export const signupSheetStatuses = ['open', 'gesloten'] as const
export type SignupSheetStatus = (typeof signupSheetStatuses)[number]

/** R9's verdict for a study-day sign-up line: billed afterwards, or included in a 52-weken contract. */
export const signupBillings = ['factuur', 'inclusief'] as const
export type SignupBilling = (typeof signupBillings)[number]

/** Small append-only facts in the journal collection (see shared/domain/schemas/journal.ts). */
export const journalKinds = [
  'ontgrendeld', 'correctie', 'intrekking', 'verwerkt', 'afgewezen', 'geregeld', 'wachtwoord', 'inlogadres', 'verzonden',
] as const
export type JournalKind = (typeof journalKinds)[number]

/** A notice tells staff that a change lost a conflict, was refused by the server, or something else (F7). */
export const noticeKinds = ['conflict', 'geweigerd', 'info'] as const
export type NoticeKind = (typeof noticeKinds)[number]
