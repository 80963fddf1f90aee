import { roles } from '../enums'
import { instant, primaryId, refId, shortText } from './fields'

/** medewerker: role and locations only. Passwords and PINs never leave the server / main process. */
export const staffSchema = {
  title: 'staff',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { ...primaryId, maxLength: 64 },
    name: shortText,
    role: { type: 'string', enum: roles },
    /** For klantenservice and planner: every location (R19). */
    locationIds: { type: 'array', items: refId, uniqueItems: true },
    active: { type: 'boolean' },
    updatedAt: instant,
  },
  required: ['id', 'name', 'role', 'locationIds', 'active', 'updatedAt'],
  additionalProperties: false,
} as const
