// Which of a parent's e-mail addresses signs in to the parent portal (F8, F10). Customer service
// chooses it on the PC (a journal `inlogadres` fact, data { parentRank, email }) instead of the FAQ's
// trick of removing an address and forcing the import; the screen shows the choice at once, offline:
// the newest choice that still names one of the parent's addresses, else what the child document
// says (the import's first address, or a choice the server already applied), else the first address.
import type { Child, JournalEntry, Parent } from '../../../../shared/domain'
import { rankOf } from './password-request'

export function signInAddress(parent: Parent, facts: readonly JournalEntry[]): string | null {
  const chosen = facts
    .filter((f) => f.kind === 'inlogadres' && rankOf(f) === parent.rank)
    .filter((f) => typeof f.data?.email === 'string' && parent.emails.includes(f.data.email))
    .sort((x, y) => y.at.localeCompare(x.at) || y.id.localeCompare(x.id))[0]
  const email = chosen?.data?.email
  if (typeof email === 'string') return email
  if (parent.signInEmail !== undefined && parent.emails.includes(parent.signInEmail)) return parent.signInEmail
  return parent.emails[0] ?? null
}

export type SignInChoice =
  | { ok: true; fact: JournalEntry }
  | { ok: false; code: 'onbekende-ouder' | 'onbekend-adres' | 'niets-gewijzigd' | 'geen-locatie' }

export interface SignInChoiceInput {
  child: Pick<Child, 'id' | 'parents'>
  rank: Parent['rank']
  email: string
  facts: readonly JournalEntry[]
  locationId: string | null
  by: string
  device: string
  at: Date
  id: string
}

export function signInChoice(input: SignInChoiceInput): SignInChoice {
  const parent = input.child.parents.find((p) => p.rank === input.rank)
  if (!parent) return { ok: false, code: 'onbekende-ouder' }
  if (!parent.emails.includes(input.email)) return { ok: false, code: 'onbekend-adres' }
  if (signInAddress(parent, input.facts) === input.email) return { ok: false, code: 'niets-gewijzigd' }
  if (input.locationId === null) return { ok: false, code: 'geen-locatie' }
  return {
    ok: true,
    fact: {
      id: input.id, kind: 'inlogadres', locationId: input.locationId, targetId: input.child.id,
      data: { parentRank: input.rank, email: input.email }, by: input.by, device: input.device, at: input.at.toISOString(),
    },
  }
}

export function signInFactId(childId: string, rank: Parent['rank'], uuid: string): string {
  return `inlogadres:${childId}:${rank}:${uuid}`
}
