import { studyDayKinds } from '../enums'
import { date, factProperties, factRequired, primaryId, refId, shortText } from './fields'

/** studiedag / schoolsluitingsdag of one school (F9); id `${schoolId}:${date}` so two entries of the same day meet. */
export const studyDaySchema = {
  title: 'studydays',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    schoolId: refId,
    schoolName: shortText,
    date,
    kind: { type: 'string', enum: studyDayKinds },
    ...factProperties,
  },
  required: ['id', 'schoolId', 'schoolName', 'date', 'kind', ...factRequired],
  additionalProperties: false,
  indexes: ['date'],
} as const
