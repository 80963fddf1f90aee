import { careTypes, dayParts } from '../enums'
import { instant, primaryId, refId, shortText, time } from './fields'

/** A group's opening times and capacity for one day part (SPEC §7: e.g. KDV ochtend 07:30–13:00, 16 children). */
const groupDayPart = {
  type: 'object',
  properties: {
    dayPart: { type: 'string', enum: dayParts },
    start: time,
    end: time,
    capacity: { type: 'integer', minimum: 0, maximum: 200 },
  },
  required: ['dayPart', 'start', 'end', 'capacity'],
  additionalProperties: false,
} as const

const group = {
  type: 'object',
  properties: {
    id: refId,
    name: shortText,
    careType: { type: 'string', enum: careTypes },
    dayParts: { type: 'array', items: groupDayPart },
    ageFromMonths: { type: 'integer', minimum: 0, maximum: 216 },
    ageToMonths: { type: 'integer', minimum: 0, maximum: 216 },
  },
  required: ['id', 'name', 'careType', 'dayParts'],
  additionalProperties: false,
} as const

/** A school the location serves (BSO/VSO children go there; its study days reach the location's sheets). */
const school = {
  type: 'object',
  properties: { id: refId, name: shortText },
  required: ['id', 'name'],
  additionalProperties: false,
} as const

/** locatie: groups and schools are embedded (DESIGN §4: fewer collections, read together anyway). */
export const locationSchema = {
  title: 'locations',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { ...primaryId, maxLength: 64 },
    name: shortText,
    schools: { type: 'array', items: school },
    groups: { type: 'array', items: group },
    updatedAt: instant,
  },
  required: ['id', 'name', 'schools', 'groups', 'updatedAt'],
  additionalProperties: false,
} as const
