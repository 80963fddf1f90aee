import { journalKinds } from '../enums'
import { date, docRef, factProperties, factRequired, longText, primaryId, refId } from './fields'

/**
 * The small append-only facts, in one collection to stay inside RxDB's collection budget (DESIGN §4):
 *   ontgrendeld  a locked attendance list was unlocked (R18), target = the attendance day
 *   correctie    a mistaken absence or attendance entry was corrected with a reason (R12)
 *   intrekking   a signed sign-up line was withdrawn with a reason (F6)
 *   verwerkt     customer service processed a sign-up line into a booking (id `verwerkt:${lineId}`)
 *   afgewezen    customer service rejected a sign-up line with a reason
 *   geregeld     an unplanned check-in was regularised by a request
 *   wachtwoord   Nieuw wachtwoord verzenden for a parent (F8), target = the child, data.parentRank;
 *                queued on the PC, passed to the parent portal by the server's outbox once synced
 *   inlogadres   customer service chose which of a parent's e-mail addresses signs in (F8),
 *                target = the child, data { parentRank, email }; the server applies it to the child
 *   verzonden    written by the server only: the outbox delivered the message of the fact `targetId`
 *                (data { channel, deliveredAt }), so staff see that it went out
 */
export const journalEntrySchema = {
  title: 'journal',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    kind: { type: 'string', enum: journalKinds, maxLength: 16 },
    locationId: refId,
    targetId: docRef,
    date,
    groupId: refId,
    reason: longText,
    /** Free, small details (e.g. the request that regularised a check-in, the billing chosen). */
    data: { type: 'object', additionalProperties: true, maxProperties: 32 },
    ...factProperties,
  },
  required: ['id', 'kind', 'locationId', 'targetId', ...factRequired],
  additionalProperties: false,
  indexes: ['targetId', ['locationId', 'kind']],
} as const
