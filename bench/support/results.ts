// Medians, the machine's facts, and the two result files (JSON for tools, a short Markdown table for people).
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname } from 'node:path'

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Nearest-rank percentile of values sorted ascending (null when there are none). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export interface SampleStats {
  n: number
  median: number
  p95: number
  min: number
  max: number
}

/** n, median, p95, min and max of samples in ms, to 0.1 ms (NaN when there are none). */
export function sampleStats(values: readonly number[]): SampleStats {
  const round = (x: number) => Math.round(x * 10) / 10
  if (values.length === 0) return { n: 0, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN }
  const sorted = [...values].sort((a, b) => a - b)
  return { n: values.length, median: round(median(sorted)), p95: round(percentile(sorted, 95)!), min: round(sorted[0]!), max: round(sorted.at(-1)!) }
}

export interface MachineFacts {
  cores: number
  cpu: string
  memoryGb: number
  node: string
  chromium: string
  platform: string
  date: string
  commit: string | null
  /** 1-minute load average when the benchmark started: other work on the machine skews every figure. */
  loadAverageAtStart: number
}

export const startLoad = loadavg()[0] ?? 0

export function machineFacts(chromiumVersion: string): MachineFacts {
  let commit: string | null = null
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    commit = null
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion.replace(/^[^/]*\//, ''),
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    commit,
    loadAverageAtStart: Number(startLoad.toFixed(2)),
  }
}

export async function writeResult(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, content)
}

export const seconds = (ms: number | null): string => (ms === null || Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(2)} s`)
