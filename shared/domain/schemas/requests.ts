import { actors, careTypes, contractKinds, dayParts, payments, requestKinds, requestStatuses } from '../enums'
import { date, factProperties, factRequired, hours, instant, longText, primaryId, refId } from './fields'

/** One step of R20; the list keeps every decision, including a confirmed approval without room (R11). */
const decision = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: requestStatuses },
    ...factProperties,
    reason: longText,
    /** Approved although the group had no room that day (R11): only after a confirmation with a reason. */
    withoutRoom: { type: 'boolean' },
  },
  required: ['status', ...factRequired],
  additionalProperties: false,
} as const

/** aanvraag: a request for care on one date and day part, with its state (R20) and decisions. */
export const requestSchema = {
  title: 'requests',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    childId: refId,
    groupId: refId,
    locationId: refId,
    careType: { type: 'string', enum: careTypes },
    contract: { type: 'string', enum: contractKinds },
    date,
    dayPart: { type: 'string', enum: dayParts },
    kind: { type: 'string', enum: requestKinds },
    payment: { type: 'string', enum: payments },
    hours,
    /** Qflexibel: the part paid from the flexible-hours balance (R10). */
    flexHours: hours,
    /** The part billed on invoice. */
    invoiceHours: hours,
    remarks: longText,
    submittedVia: { type: 'string', enum: actors },
    status: { type: 'string', enum: requestStatuses, maxLength: 16 },
    /** R15: the invoice this care appears on (the 10th of the following month). */
    invoiceDate: date,
    decisions: { type: 'array', items: decision },
    /** Waiting-list order (F4): the first in line is suggested when a place frees up. */
    waitlistedAt: instant,
    ...factProperties,
    updatedAt: instant,
  },
  required: ['id', 'childId', 'groupId', 'locationId', 'careType', 'contract', 'date', 'dayPart', 'kind', 'payment',
    'hours', 'submittedVia', 'status', 'decisions', ...factRequired, 'updatedAt'],
  additionalProperties: false,
  indexes: [['locationId', 'status', 'date'], ['childId', 'date']],
} as const
