import { careTypes, ledgerKinds, ledgerUnits } from '../enums'
import { date, docRef, factProperties, factRequired, longText, primaryId, refId } from './fields'

/**
 * tegoedboeking: append-only movements of swap hours (per care type), BSO holiday days and
 * Qflexibel hours. Ids are deterministic where a source exists (shared/domain/ids.ts: `opgebouwd:${absenceId}`,
 * `gereserveerd:${requestId}`, ...) so that two PCs booking the same movement meet on one record.
 * The balance is computed from the entries (shared/rules), never stored.
 */
export const ledgerEntrySchema = {
  title: 'ledger',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    childId: refId,
    locationId: refId,
    unit: { type: 'string', enum: ledgerUnits },
    /** Swap hours are a ledger per child per care type, so required for unit 'ruiluren' (see `allOf` below). */
    careType: { type: 'string', enum: careTypes },
    kind: { type: 'string', enum: ledgerKinds },
    /** Hours, or days for 'vakantiedagen'; always positive: the kind says credit or debit. */
    amount: { type: 'number', exclusiveMinimum: 0, maximum: 10_000 },
    /** The day a credit counts from, or the day a debit is made. */
    date,
    /** Credits: the last day the credit can be spent (R8: date + 120; Qflexibel: 31 December, R14). */
    validUntil: date,
    /** The absence or request this movement comes from. */
    sourceId: docRef,
    reason: longText,
    ...factProperties,
  },
  required: ['id', 'childId', 'locationId', 'unit', 'kind', 'amount', 'date', ...factRequired],
  additionalProperties: false,
  // A conditional requirement the type cannot carry (json-schema-to-ts ignores if/then by default):
  // ajv enforces it, the type keeps careType optional.
  // (`properties: { careType: true }` only names the field for ajv's strictRequired; its schema is above.)
  allOf: [{
    if: { properties: { unit: { const: 'ruiluren' } }, required: ['unit'] },
    then: { properties: { careType: true }, required: ['careType'] },
  }],
  indexes: [['childId', 'date']],
} as const
