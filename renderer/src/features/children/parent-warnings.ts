// F8's warnings about a child's parents, the FAQ's most common reasons why a parent receives no
// activation mail from the parent portal: a parent without an e-mail address (the portal has nowhere
// to send it), and both parents on one address (the portal makes one account per address, so the
// second parent gets none). Addresses are compared without case: mail servers ignore it too.
import type { Parent } from '../../../../shared/domain'

export type ParentWarning =
  | { kind: 'geen-email'; rank: Parent['rank']; name: string }
  | { kind: 'zelfde-adres'; email: string }

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

export function parentWarnings(parents: readonly Parent[]): ParentWarning[] {
  const warnings: ParentWarning[] = []
  const ordered = [...parents].sort((x, y) => x.rank - y.rank)
  for (const parent of ordered) {
    if (parent.emails.length === 0) warnings.push({ kind: 'geen-email', rank: parent.rank, name: parent.name })
  }
  const [first, second] = ordered
  if (first && second) {
    const shared = first.emails.find((address) => second.emails.some((other) => sameAddress(address, other)))
    if (shared !== undefined) warnings.push({ kind: 'zelfde-adres', email: shared })
  }
  return warnings
}
