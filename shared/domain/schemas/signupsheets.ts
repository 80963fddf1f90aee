import { signupSheetStatuses } from '../enums'
import { actor, date, instant, primaryId, refId } from './fields'

/** intekenlijst: one per location and study day (id `${locationId}:${date}`); its lines are separate, append-only documents. */
export const signupSheetSchema = {
  title: 'signupsheets',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    locationId: refId,
    date,
    status: { type: 'string', enum: signupSheetStatuses, maxLength: 8 },
    closedBy: actor,
    closedAt: instant,
    updatedAt: instant,
  },
  required: ['id', 'locationId', 'date', 'status', 'updatedAt'],
  additionalProperties: false,
  indexes: [['locationId', 'date'], ['status', 'date']],
} as const
