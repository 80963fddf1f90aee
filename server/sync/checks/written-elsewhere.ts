// What a location PC never writes through /sync push, whoever is signed in on it: staff (through the
// server's /staff routes, which check who manages whom), locations and children (the planning
// import, F10), and the ledger's bookkeeping that follows from contracts and expiry. Skipped without
// a caller: the server's own writers do not push.
import type { CollectionName, JournalEntry, JournalKind, LedgerEntry, LedgerKind } from '../../../shared/domain'
import type { DocumentCheck } from './check'
import { refusal, type ServerRefusalCode } from './refusal'

const collections: Readonly<Partial<Record<CollectionName, ServerRefusalCode>>> = {
  staff: 'alleen-via-beheer',
  locations: 'alleen-via-import',
  children: 'alleen-via-import',
}

const ledgerKinds: Readonly<Partial<Record<LedgerKind, ServerRefusalCode>>> = {
  contract: 'alleen-via-import',
  vervallen: 'alleen-door-server',
}

/** The outbox says a message went out; a PC cannot say that for it. */
const journalKinds: Readonly<Partial<Record<JournalKind, ServerRefusalCode>>> = {
  verzonden: 'alleen-door-server',
}

/**
 * The one expiry record a PC writes: staff correcting a mistaken absence (R12) take back the swap
 * hours it earned, by a `vervallen` of exactly that credit (`opgebouwd:<absence id>`), counted as the
 * correction (change-acts.ts). Any other expiry is the server's own bookkeeping.
 */
export function undoesEarnedCredit(entry: LedgerEntry): boolean {
  return entry.kind === 'vervallen' && typeof entry.sourceId === 'string' && entry.sourceId.startsWith('opgebouwd:')
    && entry.id === `vervallen:${entry.sourceId}`
}

export const writtenElsewhere: DocumentCheck = ({ collection, doc, caller }) => {
  if (caller === null) return null
  if (collection === 'ledger' && undoesEarnedCredit(doc as typeof doc & LedgerEntry)) return null
  const code = collection === 'ledger' ? ledgerKinds[(doc as typeof doc & LedgerEntry).kind]
    : collection === 'journal' ? journalKinds[(doc as typeof doc & JournalEntry).kind]
    : collections[collection]
  return code === undefined ? null : refusal(code, collection)
}
