// The command-line switches the first-sync benchmarks share, and the app's runs as they go into the JSON.
import type { AppRun } from './app-run'
import { median } from './results'

/** `--runs N`: measurements of each kind (the median is reported). */
export function runsWanted(fallback = 3): number {
  const i = process.argv.indexOf('--runs')
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback
  return Number.isInteger(n) && n > 0 ? n : fallback
}

export function hasFlag(name: `--${string}`): boolean {
  return process.argv.includes(name)
}

/** The switches both first-sync benchmarks take. */
export interface SyncBenchArgs {
  runs: number
  /** `--app-only`: the app alone, no floor, no PouchDB, no result files (quick comparisons while tuning). */
  appOnly: boolean
  /** `--no-pouchdb`: skip PouchDB (an offline machine without bench/pouchdb installed). */
  pouchdb: boolean
  /** `--no-write`: measure everything but write no result files (a check that the benchmark runs). */
  write: boolean
}

export function syncBenchArgs(): SyncBenchArgs {
  const appOnly = hasFlag('--app-only')
  return { runs: runsWanted(), appOnly, pouchdb: !hasFlag('--no-pouchdb'), write: !appOnly && !hasFlag('--no-write') }
}

/** The app's medians, in ms (window NaN when no run saw it). */
export function appMedians(app: readonly AppRun[]): { usable: number; listComplete: number; windowStored: number; everything: number } {
  return {
    usable: median(app.map((r) => r.usableMs)),
    listComplete: median(app.map((r) => r.listCompleteMs)),
    windowStored: median(app.map((r) => r.windowMs ?? Number.NaN)),
    everything: median(app.map((r) => r.everythingMs)),
  }
}

/** The app's runs for the JSON: whole ms, without the store shape and browser version (reported once). */
export function appRunsJson(app: readonly AppRun[]): Omit<AppRun, 'store' | 'chromium'>[] {
  return app.map(({ store: _store, chromium: _chromium, ...run }) => ({
    ...run, usableMs: Math.round(run.usableMs), listCompleteMs: Math.round(run.listCompleteMs),
    windowMs: run.windowMs === null ? null : Math.round(run.windowMs), everythingMs: Math.round(run.everythingMs), barGoneMs: Math.round(run.barGoneMs),
  }))
}
