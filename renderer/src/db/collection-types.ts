// The RxDB collections of the local database, typed by the domain's document types (derived from the
// JSON schemas in shared/domain, never written twice).
import type { RxCollection, RxDatabase } from 'rxdb'
import type { CollectionName, DocumentByCollection } from '../../../shared/domain'

export type DocTypes = DocumentByCollection
export type LocatiedeskCollections = { [C in CollectionName]: RxCollection<DocTypes[C]> }
export type LocatiedeskDatabase = RxDatabase<LocatiedeskCollections>
