// The import decided, without touching the database: the file (already read) against the stored
// picture gives the documents to write and the report. Every document is checked against its
// collection's schema (shared/domain validateDocument) before anything is written: one that does not
// pass refuses the whole file, at the place in the file it came from.
import { validateDocument, type Child, type CollectionName, type LedgerEntry, type Location } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import { balanceEntry, contractEntryId } from './contract-balances'
import { checkConsistency, groupIndex } from './consistency'
import { unstorableText } from './storable-text'
import { countsOf, emptyReport, type ImportReport } from './import-report'
import { issueAt, type ImportIssue, type ImportSet, type Source } from './import-set'
import { childRef, mergeChild } from './merge-child'
import { mergeLocation } from './merge-location'
import type { StoredPicture } from './stored-picture'

export interface ImportPlan {
  locations: Location[]
  children: Child[]
  ledger: LedgerEntry[]
  report: ImportReport
}

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; errors: ImportIssue[] }

export function planImport(set: ImportSet, stored: StoredPicture, now: Date, dryRun = false): PlanOutcome {
  const errors = [...unstorableText(set), ...checkConsistency(set, stored.locations)]
  if (errors.length > 0) return { ok: false, errors }
  const at = now.toISOString()
  const today = amsterdamDate(now)
  const report = emptyReport(dryRun)
  const plan: ImportPlan = { locations: [], children: [], ledger: [], report }
  const check = (collection: CollectionName, doc: unknown, source: Source) => {
    const verdict = validateDocument(collection, doc)
    if (!verdict.ok) errors.push(issueAt(source, 'schema', `Dit levert geen geldig document op: ${verdict.errors.join('; ')}`))
  }

  for (const file of set.locations) {
    const merged = mergeLocation(file, stored.locations.get(file.id), at)
    if (merged.added) report.locations.added.push(merged.added)
    if (merged.changed) report.locations.changed.push(merged.changed)
    report.groups.added.push(...merged.groupsAdded)
    report.groups.changed.push(...merged.groupsChanged)
    if (merged.doc !== null) {
      check('locations', merged.doc, file.source)
      plan.locations.push(merged.doc)
    }
  }

  const groups = groupIndex(set, stored.locations)
  const inFile = new Set(set.children.map((c) => c.id))
  for (const file of set.children) {
    const merged = mergeChild(file, stored.children.get(file.id), groups, at, today)
    const ref = childRef(file)
    if (merged.added) report.children.added.push(ref)
    else if (merged.ended) report.children.ended.push(ref)
    else if (merged.changed) report.children.changed.push(ref)
    report.placements.added.push(...merged.placementsAdded)
    report.placements.changed.push(...merged.placementsChanged)
    report.placements.ended.push(...merged.placementsEnded)
    report.placements.notInFile.push(...merged.placementsNotInFile)
    for (const reset of merged.signInReset) report.signInReset.push({ childId: file.id, ...reset })
    reportParents(report, merged.result)
    if (merged.doc !== null) {
      check('children', merged.doc, file.source)
      plan.children.push(merged.doc)
    }
    for (const p of file.placements) {
      const placement = merged.result.placements.find((q) => q.id === p.id)!
      for (const balance of p.balances) {
        const booked = balanceEntry(
          { childId: file.id, locationId: placement.locationId, placementId: p.id, placementStart: p.start, balance }, stored.contractEntries, at,
        )
        if (booked === null) continue
        check('ledger', booked.entry, balance.source)
        plan.ledger.push(booked.entry)
        const first = booked.entry.id === contractEntryId(balance.unit, p.id, balance.year)
        report.balances[first ? 'added' : 'corrected'].push(booked.change)
      }
    }
  }

  // `niet in bestand`: still placed at a location this file is about, and not named in it. Children
  // of other locations are not missing from a file that is only about some locations.
  const fileLocations = new Set(set.locations.map((l) => l.id))
  for (const c of set.children) for (const p of c.placements) fileLocations.add(groups.get(p.groupId)?.locationId ?? '')
  for (const child of stored.children.values()) {
    if (inFile.has(child.id)) continue
    const running = child.placements.filter((p) => (p.end === undefined || p.end >= today) && fileLocations.has(p.locationId))
    if (running.length > 0) report.children.notInFile.push(childRef(child))
  }

  if (errors.length > 0) return { ok: false, errors }
  report.written = dryRun ? 0 : plan.locations.length + plan.children.length + plan.ledger.length
  report.counts = countsOf(report)
  return { ok: true, plan }
}

function reportParents(report: ImportReport, child: Child): void {
  for (const parent of child.parents) {
    if (parent.emails.length >= 2) {
      report.parentsWithTwoEmails.push({ childId: child.id, rank: parent.rank, name: parent.name, emails: [...parent.emails], signInEmail: parent.signInEmail ?? null })
    }
    if (parent.emails.length === 0) report.parentsWithoutEmail.push({ childId: child.id, rank: parent.rank, name: parent.name })
  }
  const [one, two] = child.parents
  const shared = one?.emails.find((e) => two?.emails.includes(e) === true)
  if (shared !== undefined) report.sharedEmails.push({ childId: child.id, email: shared })
}
