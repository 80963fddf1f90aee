// Schema validation for development (storage.ts), as RxDB's ajv plugin does it, except for
// deletions: a tombstone says only "this document is gone" and need not look like a live document.
// The server's privacy deletion sends tombstones that keep nothing but the id and the scope
// (server/privacy/privacy-tombstone.ts), and a refused push is answered with a bare `{id, _deleted}`
// (server/sync/push.ts). RxDB's own validator checks deleted documents against the full schema and
// fails the pull (RC_PULL, status 422) on them, so the replication would stop at the first one. The
// production build does not validate at all; this keeps development and tests the same.
import { wrappedValidateStorageFactory } from 'rxdb'
import { getValidator } from 'rxdb/plugins/validate-ajv'

export const wrappedValidateLiveDocumentsStorage = wrappedValidateStorageFactory((schema) => {
  const validate = getValidator(schema)
  return (doc) => (doc._deleted === true ? [] : validate(doc))
}, 'ajv-live-documents')
