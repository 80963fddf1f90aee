// Parents as the file gives them, keeping what staff chose (F8, F10): the sign-in address customer
// service picked, and the portal's activation (`voorwaarden geaccepteerd`), survive an import as
// long as that address is still one of the parent's addresses. Otherwise the first address signs in
// again, and the activation, which belonged to the old address's account, is not carried over.
import type { Parent } from '../../shared/domain'
import type { ImportParent } from './import-set'

export interface MergedParent {
  parent: Parent
  /** The chosen sign-in address that is gone from the file (reported), or null. */
  resetFrom: string | null
}

export function mergeParent(file: ImportParent, stored: Parent | undefined): MergedParent {
  const parent: Parent = { rank: file.rank, name: file.name, phones: [...file.phones], emails: [...file.emails] }
  const chosen = stored?.signInEmail
  const kept = chosen === undefined ? undefined : file.emails.find((e) => e === chosen.toLowerCase())
  const signIn = kept ?? file.emails[0]
  if (signIn !== undefined) parent.signInEmail = signIn
  if (stored?.portalActivatedAt !== undefined && (chosen === undefined || kept !== undefined)) parent.portalActivatedAt = stored.portalActivatedAt
  return { parent, resetFrom: chosen !== undefined && kept === undefined ? chosen : null }
}
