import { collectionNames } from '../collections'
import { noticeKinds } from '../enums'
import { actor, docRef, instant, longText, primaryId, refId, shortText } from './fields'

/**
 * What the server refused or whose change won a conflict (F7, SPEC §6: nothing silently dropped).
 * The collection a notice is about is `collectionName`, not `collection`: RxDB reserves `collection`
 * as a document property (its dev-mode schema check refuses it, error SC17).
 */
export const noticeSchema = {
  title: 'notices',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: primaryId,
    deviceId: refId,
    userId: refId,
    locationId: refId,
    kind: { type: 'string', enum: noticeKinds },
    collectionName: { type: 'string', enum: collectionNames },
    docId: docRef,
    /** Stable machine code (e.g. a rule's verdict code). */
    code: shortText,
    /** For staff, in Dutch. */
    message: longText,
    winner: {
      type: 'object',
      properties: { by: actor, at: instant },
      required: ['by', 'at'],
      additionalProperties: false,
    },
    /** The change that lost or was refused, as it was, so staff can see it (and redo it). */
    localChange: { type: 'object', additionalProperties: true },
    at: instant,
    readAt: instant,
  },
  required: ['id', 'kind', 'collectionName', 'docId', 'code', 'message', 'at'],
  additionalProperties: false,
} as const
