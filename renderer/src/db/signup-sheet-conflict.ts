// RxDB calls this when the server answers a push of a sign-up sheet (intekenlijst) with a different
// master state. A sheet only ever moves one way, open → gesloten, so a close is never undone by an
// open from elsewhere: 'gesloten' beats 'open' whichever side holds it. Two closes (two PCs closed the
// same sheet offline) keep the server's, the first to reach it, so the sheet names one closer everywhere.
import { defaultConflictHandler, type RxConflictHandler, type WithDeleted } from 'rxdb'
import type { SignupSheet } from '../../../shared/domain'
import { takeRefused } from './refused-changes'

export type ReplicatedSignupSheet = WithDeleted<SignupSheet>

/** The state both sides settle on: the server's, unless only this PC has closed the sheet. */
export function resolveSignupSheet(master: ReplicatedSignupSheet, local: ReplicatedSignupSheet): ReplicatedSignupSheet {
  // A tombstone is the server refusing the sheet for this PC (another location): nothing to keep.
  if (master._deleted) return master
  if (master.status === 'gesloten') return master
  if (local.status === 'gesloten' && !local._deleted) return local
  return master
}

export function createSignupSheetConflictHandler(): RxConflictHandler<SignupSheet> {
  return {
    isEqual: defaultConflictHandler.isEqual,
    resolve: async ({ realMasterState, newDocumentState }) => {
      // A close the server refused is not pushed again (refused-changes.ts): the server wrote a notice for it.
      if (takeRefused('signupsheets', realMasterState.id)) return realMasterState
      return resolveSignupSheet(realMasterState, newDocumentState)
    },
  }
}
