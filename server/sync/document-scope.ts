// Which PCs a stored document belongs to (R19): the locations it is about, everyone (small shared
// facts), or one PC (its notices). Pull, the event stream and the push checks all ask this one
// function, so what a PC may read and what it may write cannot drift apart.
import type { CollectionName } from '../../shared/domain'
import { deviceInScope } from '../../shared/rules'

export type DocumentScope =
  | { kind: 'locations'; locationIds: readonly string[] }
  | { kind: 'everyone' }
  | { kind: 'device'; deviceId: string }
  /** No location could be read from the document: no PC sees it, none may write it. */
  | { kind: 'nobody' }

type Fields = Record<string, unknown>

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function locations(ids: readonly string[]): DocumentScope {
  return ids.length > 0 ? { kind: 'locations', locationIds: ids } : { kind: 'nobody' }
}

export function documentScope(collection: CollectionName, doc: Fields): DocumentScope {
  switch (collection) {
    case 'locations':
      return locations(typeof doc.id === 'string' ? [doc.id] : [])
    case 'children':
      return locations(stringsOf(doc.locationIds))
    case 'staff':
      // Customer service and planners may sign in at any PC; everyone else only at their own locations.
      return doc.role === 'klantenservice' || doc.role === 'planner' ? { kind: 'everyone' } : locations(stringsOf(doc.locationIds))
    case 'studydays':
      // Per school, not per location, and a few hundred a year: every PC keeps them all.
      return { kind: 'everyone' }
    case 'notices':
      if (typeof doc.deviceId === 'string') return { kind: 'device', deviceId: doc.deviceId }
      return locations(typeof doc.locationId === 'string' ? [doc.locationId] : [])
    case 'attendance':
    case 'absences':
    case 'requests':
    case 'ledger':
    case 'journal':
    case 'signupsheets':
    case 'signuplines':
      return locations(typeof doc.locationId === 'string' ? [doc.locationId] : [])
  }
}

/** Whether a PC registered for `covered` may see (and, with the author's rights, write) a document of this scope. */
export function deviceCovers(device: { deviceId: string; locations: readonly string[] | 'all' }, scope: DocumentScope): boolean {
  switch (scope.kind) {
    case 'everyone':
      return true
    case 'nobody':
      return false
    case 'device':
      return scope.deviceId === device.deviceId
    case 'locations':
      return scope.locationIds.some((id) => deviceInScope(device.locations, id))
  }
}
