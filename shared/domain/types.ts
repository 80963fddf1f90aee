// Every document type is derived from its JSON schema (never written twice): change the schema
// and the types follow. Parts of documents are indexed access types on the derived ones.
import type { FromSchema } from 'json-schema-to-ts'
import type { CollectionName } from './collections'
import type { Schemas } from './schemas'

export type Location = FromSchema<Schemas['locations']>
export type Child = FromSchema<Schemas['children']>
export type AttendanceDay = FromSchema<Schemas['attendance']>
export type Absence = FromSchema<Schemas['absences']>
export type Request = FromSchema<Schemas['requests']>
export type LedgerEntry = FromSchema<Schemas['ledger']>
export type StudyDay = FromSchema<Schemas['studydays']>
export type SignupSheet = FromSchema<Schemas['signupsheets']>
export type SignupLine = FromSchema<Schemas['signuplines']>
export type Staff = FromSchema<Schemas['staff']>
export type JournalEntry = FromSchema<Schemas['journal']>
export type Notice = FromSchema<Schemas['notices']>

export type School = Location['schools'][number]
export type Group = Location['groups'][number]
export type GroupDayPart = Group['dayParts'][number]
export type Parent = Child['parents'][number]
export type Placement = Child['placements'][number]
export type Collector = Child['collectors'][number]
export type Medical = Child['medical']
export type AttendanceEntry = AttendanceDay['entries'][number]
export type AbsenceReasonDetail = Absence['reason']
export type Decision = Request['decisions'][number]
export type Signature = SignupLine['signature']
export type SignatureStroke = Signature['strokes'][number]

/** The document type of each collection, for code that is generic over collections (sync, validation, demo). */
export interface DocumentByCollection {
  locations: Location
  children: Child
  attendance: AttendanceDay
  absences: Absence
  requests: Request
  ledger: LedgerEntry
  studydays: StudyDay
  signupsheets: SignupSheet
  signuplines: SignupLine
  staff: Staff
  journal: JournalEntry
  notices: Notice
}
export type DomainDocument = DocumentByCollection[CollectionName]
