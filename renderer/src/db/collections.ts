// The RxDB collections, one per shared/domain schema (12: RxDB's open-source build allows 13 per
// realm, DESIGN §4). Attendance days merge three-way per child on a conflict and record what this PC
// lost as a notice; a sign-up sheet's close is never lost (signup-sheet-conflict.ts); a request keeps
// this PC's decisions taken after the server's (request-conflict.ts); every other collection keeps the
// server's version (RxDB's default handler).
import type { RxCollectionCreator, RxJsonSchema } from 'rxdb'
import { collectionNames, type CollectionName } from '../../../shared/domain/collections'
import { schemas } from '../../../shared/domain'
import { createAttendanceConflictHandler, type LostChangeRecorder } from './attendance-conflict-handler'
import { createRequestConflictHandler } from './request-conflict'
import { createSignupSheetConflictHandler } from './signup-sheet-conflict'

export function collectionCreators(
  names: readonly CollectionName[] = collectionNames, recorder: () => LostChangeRecorder | null = () => null,
): Record<string, RxCollectionCreator> {
  const creators: Record<string, RxCollectionCreator> = {}
  for (const name of names) {
    // The domain schemas are `as const` (readonly arrays) so that types can be derived from them;
    // RxDB reads them without changing them, so they are handed over as its mutable schema type.
    const schema = schemas[name] as unknown as RxJsonSchema<unknown>
    creators[name] = name === 'attendance'
      ? { schema, conflictHandler: createAttendanceConflictHandler(recorder) as RxCollectionCreator['conflictHandler'] }
      : name === 'signupsheets'
        ? { schema, conflictHandler: createSignupSheetConflictHandler() as RxCollectionCreator['conflictHandler'] }
        : name === 'requests'
          ? { schema, conflictHandler: createRequestConflictHandler() as RxCollectionCreator['conflictHandler'] }
          : { schema }
  }
  return creators
}
