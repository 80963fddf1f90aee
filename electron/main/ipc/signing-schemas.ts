// Argument schemas of Tekenmodus (F6: session.signing.*), apart from validate.ts because the draft
// is a small domain object of its own. Bounds follow the sign-up line's schema (shared/domain/schemas
// signuplines.ts), so a draft main accepts is one the renderer can save as a line.
import { docRef, refId, time } from '../../../shared/domain/schemas/fields'

/** The day parts a parent can sign up for on a study day (the SigningDraft type's own list). */
const signingDayParts = ['hele dag', 'ochtend', 'middag'] as const

// Names are shown on the sheet and printed: not empty, not only spaces.
const parentName = { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' }

const dayPart = { type: 'string', enum: signingDayParts }
const times = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end'],
  properties: { start: time, end: time },
}

const draft = {
  type: 'object',
  additionalProperties: false,
  required: ['childId', 'parentName'],
  properties: { childId: refId, parentName, dayPart, times },
  // A day part or times, never both: the line is billed and booked from exactly one of them. (Ajv's
  // strict mode wants a required property defined beside it, hence the repeated properties.)
  oneOf: [
    { properties: { dayPart }, required: ['dayPart'] },
    { properties: { times }, required: ['times'] },
  ],
}

export const signingEnterSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['sheetId', 'draft'],
  properties: { sheetId: { ...docRef, pattern: '\\S' }, draft },
}

export const signingSignedSchema = { type: 'object', additionalProperties: false, properties: {} }

/** Leaving proves who the staff member is with a PIN or a password: exactly one of the two. */
export function signingLeaveSchema(staffId: object, pin: object, password: object): object {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['staffId'],
    properties: { staffId, pin, password },
    oneOf: [{ properties: { pin }, required: ['pin'] }, { properties: { password }, required: ['password'] }],
  }
}

/** The draft's times in order (the schema checks each time alone; HH:mm compares as text). */
export function draftTimesError(args: unknown): string | null {
  const times = (args as { draft?: { times?: { start: string; end: string } } }).draft?.times
  if (!times || times.start < times.end) return null
  return '/draft/times start must be before end'
}
