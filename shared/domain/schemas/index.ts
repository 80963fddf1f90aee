import type { CollectionName } from '../collections'
import { absenceSchema } from './absences'
import { attendanceDaySchema } from './attendance'
import { childSchema } from './children'
import { journalEntrySchema } from './journal'
import { ledgerEntrySchema } from './ledger'
import { locationSchema } from './locations'
import { noticeSchema } from './notices'
import { requestSchema } from './requests'
import { signupLineSchema } from './signuplines'
import { signupSheetSchema } from './signupsheets'
import { staffSchema } from './staff'
import { studyDaySchema } from './studydays'

export {
  absenceSchema, attendanceDaySchema, childSchema, journalEntrySchema, ledgerEntrySchema, locationSchema, noticeSchema,
  requestSchema, signupLineSchema, signupSheetSchema, staffSchema, studyDaySchema,
}

/**
 * The shape RxDB asks of a collection schema, written by hand because shared/ may not import rxdb.
 * `satisfies` below checks every schema against it without widening the literal types the
 * document types are derived from.
 */
export interface DomainSchema<C extends CollectionName = CollectionName> {
  readonly title: C
  readonly version: 0
  readonly primaryKey: 'id'
  readonly type: 'object'
  readonly properties: { readonly id: { readonly type: 'string'; readonly maxLength: number } } & { readonly [field: string]: object }
  readonly required: readonly string[]
  readonly additionalProperties: false
  readonly indexes?: readonly (string | readonly string[])[]
  /** Top-level fields RxDB's encryption plugin encrypts at rest (SPEC §6: medical notes, absence reasons, signatures). */
  readonly encrypted?: readonly string[]
}

/** One schema per collection; the key is the collection name and equals the schema's title. */
export const schemas = {
  locations: locationSchema,
  children: childSchema,
  attendance: attendanceDaySchema,
  absences: absenceSchema,
  requests: requestSchema,
  ledger: ledgerEntrySchema,
  studydays: studyDaySchema,
  signupsheets: signupSheetSchema,
  signuplines: signupLineSchema,
  staff: staffSchema,
  journal: journalEntrySchema,
  notices: noticeSchema,
} as const satisfies { readonly [C in CollectionName]: DomainSchema<C> }

export type Schemas = typeof schemas
