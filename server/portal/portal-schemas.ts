// The JSON schemas of the parent channel's routes (bodies, params and answers): Fastify validates
// and serialises with them, and the OpenAPI document is generated from them.
import { absenceReasons, dayParts, requestKinds, requestSchema } from '../../shared/domain'
import { errorBody, security } from '../routes/openapi'

const tags = ['portal']
const id = { type: 'string', minLength: 1, maxLength: 64 } as const
const uuid = { type: 'string', format: 'uuid' } as const
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const
const instant = { type: 'string', format: 'date-time' } as const
const rank = { type: 'integer', enum: [1, 2] } as const

/** 401 wrong token, 503 channel closed (portal-auth.ts); 404/409/422 the parent's refusals (portal-refusals.ts). */
const errors = { 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody, 422: errorBody, 503: errorBody } as const

/** The request document as the PCs get it (the collection's own properties, without RxDB's keys). */
const requestAnswer = {
  type: 'object',
  required: [...requestSchema.required],
  properties: requestSchema.properties,
} as const

export const requestRoute = {
  tags, security: security.portal, summary: 'Een aanvraag van een ouder indienen (regels als ouder: R1–R3, R9–R10, R20)',
  body: {
    type: 'object',
    required: ['id', 'childId', 'date', 'dayPart', 'kind'],
    additionalProperties: false,
    properties: {
      id: uuid, childId: id, groupId: id, date,
      dayPart: { type: 'string', enum: dayParts },
      kind: { type: 'string', enum: requestKinds },
      remarks: { type: 'string', maxLength: 2000 },
    },
  },
  response: { 201: { type: 'object', required: ['request'], properties: { request: requestAnswer } }, ...errors },
} as const

export const absenceRoute = {
  tags, security: security.portal, summary: 'Een kind afwezig melden namens een ouder (R4–R7, R12)',
  body: {
    type: 'object',
    required: ['id', 'childId', 'date', 'dayPart', 'reason'],
    additionalProperties: false,
    properties: {
      /** The portal's own number for the report; the absence itself is `${date}:${childId}:${dayPart}`. */
      id: uuid, childId: id, date,
      dayPart: { type: 'string', enum: dayParts },
      reason: { type: 'string', enum: absenceReasons },
      note: { type: 'string', maxLength: 2000 },
    },
  },
  response: {
    201: {
      type: 'object',
      required: ['id', 'absenceId', 'childId', 'date', 'dayPart', 'reportedAt', 'earnedHours'],
      properties: {
        id: uuid, absenceId: { type: 'string' }, childId: id, date, dayPart: { type: 'string' }, reportedAt: instant,
        earnedHours: { type: 'number' },
      },
    },
    ...errors,
  },
} as const

export const childRoute = {
  tags, security: security.portal, summary: 'Besluiten, tegoeden en inschrijvingen van een kind, voor het ouderportaal',
  params: { type: 'object', required: ['childId'], additionalProperties: false, properties: { childId: id } },
  response: {
    200: {
      type: 'object',
      required: ['childId', 'requests', 'balances', 'signups'],
      properties: {
        childId: id,
        requests: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'date', 'dayPart', 'kind', 'payment', 'hours', 'submittedVia', 'status', 'decisions'],
            properties: {
              id: { type: 'string' }, date, dayPart: { type: 'string' }, kind: { type: 'string' }, payment: { type: 'string' },
              hours: { type: 'number' }, submittedVia: { type: 'string' }, status: { type: 'string' },
              decisions: {
                type: 'array',
                items: { type: 'object', required: ['status', 'at'], properties: { status: { type: 'string' }, at: instant, reason: { type: 'string' } } },
              },
            },
          },
        },
        balances: {
          type: 'array',
          items: {
            type: 'object',
            required: ['unit', 'valid', 'reserved'],
            properties: { unit: { type: 'string' }, careType: { type: 'string' }, valid: { type: 'number' }, reserved: { type: 'number' } },
          },
        },
        signups: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'date', 'locationId', 'billing', 'status'],
            properties: {
              id: { type: 'string' }, date, locationId: id, dayPart: { type: 'string' }, billing: { type: 'string' }, status: { type: 'string' },
            },
          },
        },
      },
    },
    ...errors,
  },
} as const

export const activationRoute = {
  tags, security: security.portal, summary: 'Voorwaarden geaccepteerd: een ouder heeft het account in het ouderportaal geactiveerd',
  body: {
    type: 'object',
    required: ['childId', 'parentRank', 'acceptedAt'],
    additionalProperties: false,
    properties: { childId: id, parentRank: rank, acceptedAt: instant },
  },
  response: {
    200: {
      type: 'object',
      required: ['childId', 'parentRank', 'portalActivatedAt'],
      properties: { childId: id, parentRank: rank, portalActivatedAt: instant },
    },
    ...errors,
  },
} as const
