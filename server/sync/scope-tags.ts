// R19 in SQL: every stored document carries the tags of its scope (documents.scope, a server-only
// column with a GIN index), and a device reads only rows whose tags overlap its own
// (`scope && $tags`). Both tag sets come from here, built on documentScope and the same semantics
// as deviceCovers, so pull, the event stream and the push checks agree on who sees what.
// Location tags carry a prefix: a location id can then never read as '*' or as another PC's tag.
// Migration 005 backfills existing rows with the same tags in SQL; a test holds the two together.
import { collectionNames, type CollectionName } from '../../shared/domain'
import type { Caller } from './checks/check'
import { documentScope, type DocumentScope } from './document-scope'

/** Documents every PC keeps (study days, organisation-wide staff). */
export const EVERYONE_TAG = '*'
/** On every location-scoped document: what a PC registered for all locations matches on. */
export const ANY_LOCATION_TAG = 'loc'
export const locationTag = (locationId: string): string => `loc:${locationId}`
export const deviceTag = (deviceId: string): string => `device:${deviceId}`

const knownCollections: ReadonlySet<string> = new Set(collectionNames)

export function tagsOfScope(scope: DocumentScope): string[] {
  switch (scope.kind) {
    case 'everyone':
      return [EVERYONE_TAG]
    case 'nobody':
      return []
    case 'device':
      return [deviceTag(scope.deviceId)]
    case 'locations':
      return [ANY_LOCATION_TAG, ...new Set(scope.locationIds.map(locationTag))]
  }
}

/** The tags stored with a document; a collection the server does not know belongs to nobody. */
export function scopeTags(collection: string, doc: Record<string, unknown>): string[] {
  if (!knownCollections.has(collection)) return []
  return tagsOfScope(documentScope(collection as CollectionName, doc))
}

/**
 * The tags a device reads: its own notices, what everyone keeps, and its locations (or every
 * location-scoped document for an 'all' PC). A row matches when the two sets overlap.
 */
export function callerTags(caller: Caller): string[] {
  const places = caller.locations === 'all' ? [ANY_LOCATION_TAG] : caller.locations.map(locationTag)
  return [EVERYONE_TAG, deviceTag(caller.deviceId), ...places]
}
