// What the first-sync benchmarks hold the app's "everything stored" against, in the same run (issue 11):
// (c) the floor, the server's attendance written straight into IndexedDB (bench/support/idb-floor.ts), and
// (d) PouchDB replicating the same records from pouchdb-server (bench/support/pouchdb-sync.ts). Each in
// both shapes: one record per child per day (DESIGN §4's floor, the classic data model) and the group-day
// documents the app syncs. The floor is attendance only (the issue's 50 transactions of 1,000 puts);
// PouchDB replicates everything the app stores: the attendance in either shape plus every other document
// (children, requests, ledger, …), as the app's "everything stored" does. Targets: everything ≤ 1.5 × the
// per-child floor, ≥ 3 × faster than PouchDB replicating with per-child attendance records.
import type { Db } from '../../server/db/db'
import { measureFloor } from './idb-floor'
import type { StoreShape } from './local-count'
import { ensurePouchDB, type PouchVersions } from './pouchdb-install'
import { measurePouchReplications, POUCH_BATCH_SIZE } from './pouchdb-sync'
import { attendanceDays, dayRecords, entryRecords, otherDocuments } from './records'
import { median, seconds } from './results'

export const TARGET_FLOOR_FACTOR = 1.5
export const TARGET_POUCHDB_FACTOR = 3

export interface Series {
  records: number
  runsMs: number[]
  medianMs: number
}

export type PouchSeries =
  | {
    measured: true; versions: PouchVersions; server: string; adapter: string; batchSize: number
    /** Documents of the other collections in both series (the rest of `records` is attendance). */
    otherDocuments: number
    perChildRecords: Series; groupDayDocuments: Series
  }
  | { measured: false; reason: string }

export interface Comparison {
  floor: { perChildRecords: Series; groupDayDocuments: Series }
  pouchdb: PouchSeries
}

function series(records: number, runsMs: readonly number[]): Series {
  return { records, runsMs: runsMs.map(Math.round), medianMs: Math.round(median(runsMs)) }
}

export interface ComparisonOptions {
  runs: number
  /** false: PouchDB is skipped (`--no-pouchdb`) and marked as not measured. */
  pouchdb: boolean
  log: (message: string) => void
}

/** The floor and PouchDB, `runs` times each, on every attendance document the server holds. */
export async function measureComparison(db: Db, shape: StoreShape, { runs, pouchdb, log }: ComparisonOptions): Promise<Comparison> {
  const days = await attendanceDays(db)
  const groupDay = dayRecords(days)
  const perChild = entryRecords(days)
  const groupDayJson = JSON.stringify(groupDay)
  const perChildJson = JSON.stringify(perChild)
  const floorDays: number[] = []
  const floorEntries: number[] = []
  for (let i = 1; i <= runs; i++) {
    floorDays.push(await measureFloor(groupDayJson, shape))
    floorEntries.push(await measureFloor(perChildJson, shape))
    log(`floor run ${i}: ${groupDay.length} group-day documents ${seconds(floorDays.at(-1)!)}, ${perChild.length} per-child records ${seconds(floorEntries.at(-1)!)}`)
  }
  const floor = { perChildRecords: series(perChild.length, floorEntries), groupDayDocuments: series(groupDay.length, floorDays) }
  if (!pouchdb) return { floor, pouchdb: { measured: false, reason: 'skipped (--no-pouchdb)' } }

  const install = await ensurePouchDB(log)
  if (!install.ok) {
    log(`PouchDB not measured: ${install.reason}`)
    return { floor, pouchdb: { measured: false, reason: install.reason } }
  }
  const others = await otherDocuments(db)
  const replications = await measurePouchReplications(
    [{ name: 'per-child-records', records: [...perChild, ...others] }, { name: 'group-day-documents', records: [...groupDay, ...others] }], runs, log,
  )
  const ms = (name: string) => (replications.get(name) ?? []).map((r) => r.ms)
  return {
    floor,
    pouchdb: {
      measured: true,
      versions: install.versions,
      server: `pouchdb-server ${install.versions.pouchdbServer} --in-memory`,
      adapter: replications.get('per-child-records')?.[0]?.adapter ?? '?',
      batchSize: POUCH_BATCH_SIZE,
      otherDocuments: others.length,
      perChildRecords: series(perChild.length + others.length, ms('per-child-records')),
      groupDayDocuments: series(groupDay.length + others.length, ms('group-day-documents')),
    },
  }
}

const ratio = (x: number): number => Number(x.toFixed(2))

export interface ComparisonTargets {
  everythingVsFloor: { targetFactor: number; targetMs: number; medianMs: number; factorOfFloor: number; met: boolean }
  /** No target: the gap between the app and the same documents written raw is what RxDB's replication costs. */
  everythingVsGroupDayFloor: { factorOfFloor: number }
  /** PouchDB's per-child median ÷ the app's everything stored; null when PouchDB was not measured. */
  fasterThanPouchDB: { targetFactor: number; pouchdbMs: number | null; factor: number | null; met: boolean | null }
  fasterThanPouchDBGroupDay: { pouchdbMs: number | null; factor: number | null }
}

/** The app's median "everything stored" against the comparison: factors and whether the targets are met. */
export function comparisonTargets(everythingMs: number, c: Comparison): ComparisonTargets {
  const floor = c.floor.perChildRecords.medianMs
  const pouch = c.pouchdb.measured ? c.pouchdb : null
  const perChild = pouch?.perChildRecords.medianMs ?? null
  const groupDay = pouch?.groupDayDocuments.medianMs ?? null
  return {
    everythingVsFloor: {
      targetFactor: TARGET_FLOOR_FACTOR, targetMs: Math.round(TARGET_FLOOR_FACTOR * floor), medianMs: Math.round(everythingMs),
      factorOfFloor: ratio(everythingMs / floor), met: everythingMs <= TARGET_FLOOR_FACTOR * floor,
    },
    everythingVsGroupDayFloor: { factorOfFloor: ratio(everythingMs / c.floor.groupDayDocuments.medianMs) },
    fasterThanPouchDB: {
      targetFactor: TARGET_POUCHDB_FACTOR, pouchdbMs: perChild,
      factor: perChild === null ? null : ratio(perChild / everythingMs), met: perChild === null ? null : perChild >= TARGET_POUCHDB_FACTOR * everythingMs,
    },
    fasterThanPouchDBGroupDay: { pouchdbMs: groupDay, factor: groupDay === null ? null : ratio(groupDay / everythingMs) },
  }
}


const metWord = (met: boolean): string => (met ? 'met' : 'missed')

/** Markdown table rows (measure | median | target) after the app's own rows. */
export function comparisonRows(everythingMs: number, c: Comparison, t: ComparisonTargets): string[] {
  const floor = c.floor
  const rows = [
    `| (b) everything stored | ${seconds(everythingMs)} | ≤ ${TARGET_FLOOR_FACTOR} × floor (c): ${t.everythingVsFloor.factorOfFloor} × — ${metWord(t.everythingVsFloor.met)}; `
      + `≥ ${TARGET_POUCHDB_FACTOR} × faster than PouchDB (d): ${t.fasterThanPouchDB.met === null ? 'not measured' : `${t.fasterThanPouchDB.factor} × — ${metWord(t.fasterThanPouchDB.met)}`} |`,
    `| (c) floor (DESIGN §4): the ${floor.perChildRecords.records} attendance records, one per child per day, raw IndexedDB | ${seconds(floor.perChildRecords.medianMs)} | – |`,
    `| the same entries as ${floor.groupDayDocuments.records} group-day documents, raw IndexedDB | ${seconds(floor.groupDayDocuments.medianMs)} | (b) is ${t.everythingVsGroupDayFloor.factorOfFloor} × this (RxDB's cost) |`,
  ]
  const p = c.pouchdb
  if (!p.measured) {
    rows.push(`| (d) PouchDB replicating them from pouchdb-server | not measured: ${p.reason.replaceAll('|', '/')} | – |`)
    return rows
  }
  rows.push(
    `| (d) PouchDB ${p.versions.pouchdb} replicating from ${p.server} (batch_size ${p.batchSize}) the ${p.perChildRecords.records - p.otherDocuments} per-child attendance records and the ${p.otherDocuments} other documents | ${seconds(p.perChildRecords.medianMs)} | PouchDB takes ${t.fasterThanPouchDB.factor} × (b) |`,
    `| PouchDB replicating the app's own documents: ${p.groupDayDocuments.records - p.otherDocuments} group-day and ${p.otherDocuments} other | ${seconds(p.groupDayDocuments.medianMs)} | PouchDB takes ${t.fasterThanPouchDBGroupDay.factor} × (b) |`,
  )
  return rows
}

/** The log lines for the comparison's targets. */
export function comparisonSummary(everythingMs: number, c: Comparison, t: ComparisonTargets): string[] {
  const lines = [
    `everything stored ${seconds(everythingMs)} = ${t.everythingVsFloor.factorOfFloor} × floor ${seconds(c.floor.perChildRecords.medianMs)} `
      + `(target ≤ ${TARGET_FLOOR_FACTOR} ×: ${t.everythingVsFloor.met ? 'met' : 'MISSED'}); ${t.everythingVsGroupDayFloor.factorOfFloor} × the group-day documents written raw (${seconds(c.floor.groupDayDocuments.medianMs)})`,
  ]
  const p = c.pouchdb
  if (p.measured) {
    lines.push(`PouchDB replicating the per-child records ${seconds(p.perChildRecords.medianMs)} = ${t.fasterThanPouchDB.factor} × everything stored `
      + `(target ≥ ${TARGET_POUCHDB_FACTOR} ×: ${t.fasterThanPouchDB.met ? 'met' : 'MISSED'}); the group-day documents ${seconds(p.groupDayDocuments.medianMs)} = ${t.fasterThanPouchDBGroupDay.factor} ×`)
  } else if (!p.measured) {
    lines.push(`PouchDB not measured: ${p.reason}`)
  }
  return lines
}
