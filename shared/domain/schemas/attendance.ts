import { date, factProperties, factRequired, instant, primaryId, refId } from './fields'

/**
 * One child on one day's list. `rev` counts the edits of this entry: two PCs editing different
 * children of the same group-day meet in one document, and the conflict handler merges entry by
 * entry (by childId), the higher rev (then the later `at`) winning (DESIGN §4).
 */
const entry = {
  type: 'object',
  properties: {
    childId: refId,
    checkIn: instant,
    checkOut: instant,
    /** Checked in without being on the list (`Kind toevoegen`): safety first, regularised by a request later. */
    unplanned: { type: 'boolean' },
    /** `naar huis tijdens de dag`: no swap hours for that day (R5). */
    wentHome: { type: 'boolean' },
    ...factProperties,
    rev: { type: 'integer', minimum: 1, maximum: 1_000_000 },
  },
  required: ['childId', 'unplanned', 'wentHome', ...factRequired, 'rev'],
  additionalProperties: false,
} as const

/**
 * One staff member on one group-day (issue 9, BKR ratio): planned ahead (`Inroosteren`), or checked in
 * and out. Merged like the children's entries, by staffId, the higher rev winning. A staff member
 * moving to another group checks out here and in there (the other group's day document).
 */
const staffEntry = {
  type: 'object',
  properties: {
    staffId: refId,
    /** Put on this group for the day ahead of time; counts for the ratio in the approval queue. */
    planned: { type: 'boolean' },
    checkIn: instant,
    checkOut: instant,
    ...factProperties,
    rev: { type: 'integer', minimum: 1, maximum: 1_000_000 },
  },
  required: ['staffId', 'planned', ...factRequired, 'rev'],
  additionalProperties: false,
} as const

/**
 * aanwezigheidslijst: ONE document per group per day, id `${date}:${groupId}`. Measured (DESIGN §4):
 * 2,000 group-day documents replicate ten times faster than 50,000 child-day documents.
 */
export const attendanceDaySchema = {
  title: 'attendance',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    date,
    groupId: refId,
    locationId: refId,
    entries: { type: 'array', items: entry },
    /** The group's staff that day; absent on days nobody planned or checked in staff. */
    staff: { type: 'array', items: staffEntry, maxItems: 50 },
    updatedAt: instant,
  },
  required: ['id', 'date', 'groupId', 'locationId', 'entries', 'updatedAt'],
  additionalProperties: false,
  indexes: [['locationId', 'date'], ['groupId', 'date']],
} as const
