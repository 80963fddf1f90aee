// F8 on the stored picture: the facts about a parent's portal account that a PC writes. A
// `wachtwoord` (Nieuw wachtwoord verzenden) and an `inlogadres` (customer service's choice of the
// sign-in address) name a child the server has, at the location the fact is recorded at (the device
// and author checks have held that location to the caller's scope, R19), and a parent of that child
// (data.parentRank 1 or 2). A new password needs an address to go to; a sign-in address must be one
// the parent has. The server's outbox and the child document act on these facts afterwards, so what
// passes here is what they can carry out. Only validation: applying them is theirs.
import type { Child, JournalEntry, Parent } from '../../../shared/domain'
import { sameDocument } from '../same-document'
import type { PictureCheck } from './check'
import { refusal, type Refusal } from './refusal'

function parentOf(child: Child, rank: unknown): Parent | undefined {
  return rank === 1 || rank === 2 ? child.parents.find((p) => p.rank === rank) : undefined
}

export const accountFactFitsChild: PictureCheck<JournalEntry> = async ({ doc, stored }, picture) => {
  if ((doc.kind !== 'wachtwoord' && doc.kind !== 'inlogadres') || doc._deleted) return null
  // A retry of a stored fact changes nothing, whatever the import changed about the child since.
  if (stored !== undefined && sameDocument(doc, stored)) return null
  const child = await picture.child(doc.targetId)
  if (child === null) return refusal('onbekend-kind', doc.targetId)
  if (!child.locationIds.includes(doc.locationId)) {
    return refusal('kind-andere-locatie', `child ${child.id} is not at ${doc.locationId}`)
  }
  const rank = doc.data?.parentRank
  const parent = parentOf(child, rank)
  if (parent === undefined) return refusal('onbekende-ouder', `parentRank ${String(rank)}`)
  return doc.kind === 'wachtwoord' ? hasAddress(parent) : namesAddress(parent, doc.data?.email)
}

function hasAddress(parent: Parent): Refusal | null {
  return parent.emails.length > 0 ? null : refusal('ouder-zonder-email', `parent ${parent.rank}`)
}

/** The address exactly as the parent has it: the server writes it into the child as it is. */
function namesAddress(parent: Parent, email: unknown): Refusal | null {
  // The detail goes to the log: never the address itself (personal data).
  if (typeof email !== 'string') return refusal('onbekend-emailadres', `parent ${parent.rank}: no email in data`)
  return parent.emails.includes(email) ? null : refusal('onbekend-emailadres', `parent ${parent.rank}: not one of the parent's addresses`)
}
