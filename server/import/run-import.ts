// An import, all or nothing: the whole file is read and checked first (a malformed line refuses it
// with its line number, and nothing is written); then, under the seq counter lock, it is compared
// with what is stored and everything new is written in ONE writeAsServer call: one transaction,
// announced to the PCs (SSE, or LISTEN/NOTIFY on PostgreSQL) in commit order. The children's scope
// tags follow from their locationIds (document-store.ts). A dry run decides the same and writes nothing.
import { MAX_IMPORT_ERRORS } from './import-config'
import type { ImportReport } from './import-report'
import type { ImportIssue, ParseOutcome } from './import-set'
import { parseCsv } from './parse-csv'
import { parseJson } from './parse-json'
import { planImport } from './plan-import'
import { readStoredPicture } from './stored-picture'
import { writeAsServer, type ServerWriteDeps, type ServerWrites } from '../sync/server-write'
import { IMPORT_ACTOR, SERVER_DEVICE } from './contract-balances'

export type ImportFormat = 'json' | 'csv'

export interface ImportInput {
  format: ImportFormat
  content: string
  dryRun?: boolean
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  /** `errors` is cut at MAX_IMPORT_ERRORS; `errorCount` says how many there were. */
  | { ok: false; errors: ImportIssue[]; errorCount: number }

export function parseImport(format: ImportFormat, content: string): ParseOutcome {
  return format === 'csv' ? parseCsv(content) : parseJson(content)
}

export async function runImport(deps: ServerWriteDeps, input: ImportInput, now: () => Date = () => new Date()): Promise<ImportOutcome> {
  const parsed = parseImport(input.format, input.content)
  if (!parsed.ok) return refused(parsed.errors)
  const dryRun = input.dryRun === true
  const childIds = parsed.set.children.map((c) => c.id)
  const meta = { author: IMPORT_ACTOR, device: SERVER_DEVICE, clientTime: null }
  return writeAsServer(deps, async (q) => {
    const planned = planImport(parsed.set, await readStoredPicture(q, childIds), now(), dryRun)
    if (!planned.ok) return { result: refused(planned.errors), writes: [] }
    const { plan } = planned
    const writes: ServerWrites[] = dryRun ? [] : [
      { collection: 'locations', docs: plan.locations.map((d) => ({ ...d, _deleted: false })), meta },
      { collection: 'children', docs: plan.children.map((d) => ({ ...d, _deleted: false })), meta },
      { collection: 'ledger', docs: plan.ledger.map((d) => ({ ...d, _deleted: false })), meta },
    ].filter((w) => w.docs.length > 0)
    return { result: { ok: true as const, report: plan.report }, writes }
  })
}

function refused(errors: ImportIssue[]): ImportOutcome {
  const sorted = [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { ok: false, errors: sorted.slice(0, MAX_IMPORT_ERRORS), errorCount: errors.length }
}
