import { absenceReasons, actors, careTypes, dayParts } from '../enums'
import { date, factProperties, factRequired, instant, longText, primaryId, refId } from './fields'

/**
 * afwezigheidsmelding: append-only, one per child, date and day part (id `${date}:${childId}:${dayPart}`),
 * so a report taken on two PCs meets on one document: a mistaken one is corrected by a journal
 * 'correctie' (R12), never edited. `reason` is sensitive: encrypted at rest on the PC.
 */
export const absenceSchema = {
  title: 'absences',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    childId: refId,
    groupId: refId,
    locationId: refId,
    careType: { type: 'string', enum: careTypes },
    date,
    dayPart: { type: 'string', enum: dayParts },
    reason: {
      type: 'object',
      properties: { code: { type: 'string', enum: absenceReasons }, note: longText },
      required: ['code'],
      additionalProperties: false,
    },
    /** `gemeld om`: when the parent reported it (R4); never later than `at`, the moment of entry. */
    reportedAt: instant,
    reportedVia: { type: 'string', enum: actors },
    ...factProperties,
  },
  required: ['id', 'childId', 'groupId', 'locationId', 'careType', 'date', 'dayPart', 'reason', 'reportedAt', 'reportedVia', ...factRequired],
  additionalProperties: false,
  indexes: [['locationId', 'date'], ['childId', 'date']],
  encrypted: ['reason'],
} as const
