import { dayParts, signupBillings } from '../enums'
import { date, docRef, factProperties, factRequired, instant, primaryId, refId, shortText, time } from './fields'

/** One sample of a signature pad: x and y in pad pixels, t in ms since the stroke began, pressure 0–1. */
const point = {
  type: 'array',
  items: [
    { type: 'number' },
    { type: 'number' },
    { type: 'number', minimum: 0 },
    { type: 'number', minimum: 0, maximum: 1 },
  ],
  minItems: 4,
  maxItems: 4,
  additionalItems: false,
} as const

/** The parent's signature as vector data (small, scalable for print, and encrypted at rest on the PC). */
const signature = {
  type: 'object',
  properties: {
    width: { type: 'number', exclusiveMinimum: 0, maximum: 10_000 },
    height: { type: 'number', exclusiveMinimum: 0, maximum: 10_000 },
    strokes: {
      type: 'array',
      items: {
        type: 'object',
        properties: { points: { type: 'array', items: point, maxItems: 10_000 } },
        required: ['points'],
        additionalProperties: false,
      },
      minItems: 1,
      maxItems: 1_000,
    },
  },
  required: ['width', 'height', 'strokes'],
  additionalProperties: false,
} as const

/**
 * intekenregel: append-only. A signed line is never edited; it is withdrawn (journal 'intrekking'),
 * processed ('verwerkt') or rejected ('afgewezen') by facts about it (F6).
 */
export const signupLineSchema = {
  title: 'signuplines',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    sheetId: docRef,
    locationId: refId,
    date,
    childId: refId,
    dayPart: { type: 'string', enum: dayParts },
    times: {
      type: 'object',
      properties: { start: time, end: time },
      required: ['start', 'end'],
      additionalProperties: false,
    },
    parentName: shortText,
    signature,
    signedAt: instant,
    /** R9's verdict at the moment of signing: billed afterwards, or included in a 52-weken contract. */
    billing: { type: 'string', enum: signupBillings },
    ...factProperties,
  },
  required: ['id', 'sheetId', 'locationId', 'date', 'childId', 'parentName', 'signature', 'signedAt', 'billing', ...factRequired],
  additionalProperties: false,
  indexes: ['sheetId', ['locationId', 'date']],
  encrypted: ['signature'],
} as const
