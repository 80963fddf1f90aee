import { careTypes, contractKinds, dayParts } from '../enums'
import { date, instant, longText, primaryId, refId, shortText } from './fields'

const email = { type: 'string', format: 'email', maxLength: 254 } as const
const phone = { type: 'string', pattern: '^[0-9+][0-9 -]{5,19}$', maxLength: 20 } as const

/** ouder 1 is the contract holder (the only one who sees documents in the parent portal). */
const parent = {
  type: 'object',
  properties: {
    rank: { type: 'integer', enum: [1, 2] },
    name: shortText,
    phones: { type: 'array', items: phone },
    emails: { type: 'array', items: email },
    /** The parent-portal sign-in address; the first e-mail address until customer service picks another (F8, F10). */
    signInEmail: email,
    /** `voorwaarden geaccepteerd`: when the parent activated the portal account. */
    portalActivatedAt: instant,
  },
  required: ['rank', 'name', 'phones', 'emails'],
  additionalProperties: false,
} as const

/** plaatsing: the contract days of care. Weekdays 1 = Monday … 7 = Sunday. */
const placement = {
  type: 'object',
  properties: {
    id: refId,
    groupId: refId,
    locationId: refId,
    careType: { type: 'string', enum: careTypes },
    contract: { type: 'string', enum: contractKinds },
    weekdays: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 }, uniqueItems: true },
    dayParts: { type: 'array', items: { type: 'string', enum: dayParts }, uniqueItems: true },
    start: date,
    end: date,
  },
  required: ['id', 'groupId', 'locationId', 'careType', 'contract', 'weekdays', 'dayParts', 'start'],
  additionalProperties: false,
} as const

/** Persons allowed to collect the child (on the Noodlijst). */
const collector = {
  type: 'object',
  properties: { name: shortText, relation: shortText, phone },
  required: ['name', 'relation', 'phone'],
  additionalProperties: false,
} as const

/** kind, with its parents and placements embedded. `medical` is sensitive: encrypted at rest on the PC (SPEC §6). */
export const childSchema = {
  title: 'children',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { ...primaryId, maxLength: 64 },
    firstName: shortText,
    lastName: shortText,
    birthDate: date,
    schoolId: refId,
    taxi: { type: 'boolean' },
    /** Derived from the placements; kept on the document so that location scope (R19) is one field to check. */
    locationIds: { type: 'array', items: refId, uniqueItems: true },
    medical: {
      type: 'object',
      properties: { allergies: { type: 'array', items: shortText }, notes: longText },
      required: ['allergies', 'notes'],
      additionalProperties: false,
    },
    collectors: { type: 'array', items: collector },
    parents: { type: 'array', items: parent, minItems: 1, maxItems: 2 },
    placements: { type: 'array', items: placement },
    /** R17: the end of the last placement; absent while a placement is open. */
    lastPlacementEnd: date,
    updatedAt: instant,
  },
  required: ['id', 'firstName', 'lastName', 'birthDate', 'taxi', 'locationIds', 'medical', 'collectors', 'parents', 'placements', 'updatedAt'],
  additionalProperties: false,
  indexes: ['lastName'],
  encrypted: ['medical'],
} as const
