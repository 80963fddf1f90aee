// DESIGN §4: the server accepts an offline action's time within sane bounds. A time rule is judged
// at the moment of the action on the PC (SPEC §4), so a PC whose clock runs ahead could otherwise
// date an action into the future (and, with a later `at`, win every per-entry merge). The PC's clock
// is corrected by its offset to the server's, so anything more than a few minutes ahead of the
// server clock is a broken clock, not a late sync.
import type { SyncDoc } from '../../../shared/sync'
import type { DocumentCheck } from './check'
import { refusal } from './refusal'

/** How far ahead of the server clock an action's time may be (clock drift since the last offset measurement). */
export const MAX_CLIENT_TIME_AHEAD_MS = 5 * 60 * 1000

/** Top-level instants that say when something was done on the PC. */
const ACTION_FIELDS = ['at', 'updatedAt', 'signedAt', 'reportedAt', 'closedAt', 'waitlistedAt'] as const
/** Instants inside attendance entries (matched to the stored entry by child). */
const ENTRY_FIELDS = ['at', 'checkIn', 'checkOut'] as const

type Fields = Record<string, unknown>

/**
 * The instants this push introduces: those equal to the stored document's are skipped, since they
 * were judged when they arrived (and a clock that has since been set back must not refuse them).
 */
function newInstants(doc: SyncDoc, stored: SyncDoc | undefined): string[] {
  const found: string[] = []
  const add = (value: unknown, before: unknown) => {
    if (typeof value === 'string' && value !== before) found.push(value)
  }
  for (const field of ACTION_FIELDS) add(doc[field], stored?.[field])

  const storedEntries = new Map(listOf(stored?.entries).map((e) => [e.childId, e]))
  for (const entry of listOf(doc.entries)) {
    const before = storedEntries.get(entry.childId)
    for (const field of ENTRY_FIELDS) add(entry[field], before?.[field])
  }
  const storedDecisions = listOf(stored?.decisions)
  listOf(doc.decisions).forEach((decision, i) => add(decision.at, storedDecisions[i]?.at))
  return found
}

function listOf(value: unknown): Fields[] {
  return Array.isArray(value) ? value.filter((v): v is Fields => typeof v === 'object' && v !== null) : []
}

export const clientTimeNotAhead: DocumentCheck = ({ doc, stored, now }) => {
  const limit = now.getTime() + MAX_CLIENT_TIME_AHEAD_MS
  const ahead = newInstants(doc, stored).find((iso) => Date.parse(iso) > limit)
  return ahead === undefined ? null : refusal('tijd-in-toekomst', `${ahead} is after ${new Date(limit).toISOString()}`)
}
