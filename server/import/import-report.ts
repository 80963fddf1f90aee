// What an import did (or, in a dry run, would do), for customer service: as JSON (the endpoint, the
// command's --json) and as Dutch text (report-text.ts). `counts` carries no personal data: it is
// what the scheduled import logs.
import type { BalanceChange } from './contract-balances'

export interface NamedRef { id: string; name: string }
export interface GroupRef { id: string; locationId: string; name: string }
export interface PlacementRef { id: string; childId: string; groupId: string }

export interface ParentEmails {
  childId: string
  rank: number
  name: string
  emails: string[]
  signInEmail: string | null
}

export interface ImportReport {
  dryRun: boolean
  /** Documents written (0 in a dry run, and when the file holds nothing new). */
  written: number
  locations: { added: NamedRef[]; changed: NamedRef[] }
  groups: { added: GroupRef[]; changed: GroupRef[] }
  children: { added: NamedRef[]; changed: NamedRef[]; ended: NamedRef[]; notInFile: NamedRef[] }
  placements: { added: PlacementRef[]; changed: PlacementRef[]; ended: PlacementRef[]; notInFile: PlacementRef[] }
  balances: { added: BalanceChange[]; corrected: BalanceChange[] }
  /** F10: a parent with two addresses keeps both; the report names every such case. */
  parentsWithTwoEmails: ParentEmails[]
  /** F8: both parents of a child on one address (the FAQ's most common reason no activation mail arrives). */
  sharedEmails: { childId: string; email: string }[]
  parentsWithoutEmail: { childId: string; rank: number; name: string }[]
  /** The sign-in address customer service chose is no longer among the parent's addresses: it went back to the first. */
  signInReset: { childId: string; rank: number; previous: string; now: string | null }[]
  counts: ImportCounts
}

export type ImportCounts = Record<
  'locationsAdded' | 'locationsChanged' | 'groupsAdded' | 'groupsChanged' | 'childrenAdded' | 'childrenChanged' | 'childrenEnded'
  | 'childrenNotInFile' | 'placementsAdded' | 'placementsChanged' | 'placementsEnded' | 'placementsNotInFile' | 'balancesAdded'
  | 'balancesCorrected' | 'parentsWithTwoEmails' | 'sharedEmails' | 'written',
  number
>

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun, written: 0,
    locations: { added: [], changed: [] },
    groups: { added: [], changed: [] },
    children: { added: [], changed: [], ended: [], notInFile: [] },
    placements: { added: [], changed: [], ended: [], notInFile: [] },
    balances: { added: [], corrected: [] },
    parentsWithTwoEmails: [], sharedEmails: [], parentsWithoutEmail: [], signInReset: [],
    counts: countsOf(null),
  }
}

export function countsOf(r: ImportReport | null): ImportCounts {
  return {
    locationsAdded: r?.locations.added.length ?? 0,
    locationsChanged: r?.locations.changed.length ?? 0,
    groupsAdded: r?.groups.added.length ?? 0,
    groupsChanged: r?.groups.changed.length ?? 0,
    childrenAdded: r?.children.added.length ?? 0,
    childrenChanged: r?.children.changed.length ?? 0,
    childrenEnded: r?.children.ended.length ?? 0,
    childrenNotInFile: r?.children.notInFile.length ?? 0,
    placementsAdded: r?.placements.added.length ?? 0,
    placementsChanged: r?.placements.changed.length ?? 0,
    placementsEnded: r?.placements.ended.length ?? 0,
    placementsNotInFile: r?.placements.notInFile.length ?? 0,
    balancesAdded: r?.balances.added.length ?? 0,
    balancesCorrected: r?.balances.corrected.length ?? 0,
    parentsWithTwoEmails: r?.parentsWithTwoEmails.length ?? 0,
    sharedEmails: r?.sharedEmails.length ?? 0,
    written: r?.written ?? 0,
  }
}
