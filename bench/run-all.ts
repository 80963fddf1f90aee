// `npm run bench`: every benchmark of issue 11's list, one after another, each in its own process (so
// one's memory and leftover work cannot skew the next), after one `electron-vite build`. Each writes
// its own files in bench/results/; this runner adds bench/results/summary.json: which ran, how long, and
// whether each measured. A benchmark that fails does not stop the rest; the runner exits 1 at the end.
//   tsx bench/run-all.ts [--only name,name] [--quick]
//   --quick   one run of each (and a smaller load) to check that everything runs; the figures are rougher
//   (through npm: `npm run bench -- --only first-sync,central-sync --quick`)
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { machineFacts, writeResult } from './support/results'

/** In the issue's order: first sync (1), customer-service PC (2), propagation (3), server load (4), list and queue (5). */
const benchmarks = [
  { name: 'first-sync', file: 'first-sync.bench.ts', quick: ['--runs', '1'] },
  { name: 'central-sync', file: 'central-sync.bench.ts', quick: ['--runs', '1'] },
  { name: 'propagation', file: 'propagation.bench.ts', quick: ['--runs', '1'] },
  { name: 'server-load', file: 'server-load.bench.ts', quick: ['--pcs', '50', '--seconds', '20'] },
  { name: 'attendance-list', file: 'attendance-list.bench.ts', quick: [] },
  { name: 'approval-queue', file: 'approval-queue.bench.ts', quick: [] },
] as const

interface Outcome {
  name: string
  exitCode: number | null
  seconds: number
}

function selected(): readonly (typeof benchmarks)[number][] {
  const i = process.argv.indexOf('--only')
  if (i < 0) return benchmarks
  const names = (process.argv[i + 1] ?? '').split(',').filter(Boolean)
  const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n))
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`)
  return benchmarks.filter((b) => names.includes(b.name))
}


function run(file: string, args: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, file), ...args], { stdio: 'inherit' })
    child.on('exit', (code) => resolve(code))
    child.on('error', () => resolve(null))
  })
}

async function main(): Promise<number> {
  const chosen = selected()
  const quick = process.argv.includes('--quick')
  const outcomes: Outcome[] = []
  for (const [i, bench] of chosen.entries()) {
    const args = quick ? bench.quick : []
    console.log(`\n[bench ${i + 1}/${chosen.length}] ${bench.name}${args.length ? ` ${args.join(' ')}` : ''}`)
    const started = Date.now()
    const exitCode = await run(bench.file, args)
    outcomes.push({ name: bench.name, exitCode, seconds: Math.round((Date.now() - started) / 1000) })
    console.log(`[bench ${i + 1}/${chosen.length}] ${bench.name}: ${exitCode === 0 ? 'measured' : `FAILED (exit ${exitCode})`} in ${outcomes.at(-1)!.seconds} s`)
  }
  await writeResult(join(import.meta.dirname, 'results', 'summary.json'), `${JSON.stringify({ machine: { ...machineFacts(''), chromium: 'in each result' }, quick, outcomes }, null, 2)}\n`)
  console.log('\n[bench] ' + outcomes.map((o) => `${o.name} ${o.exitCode === 0 ? 'ok' : 'FAILED'} (${o.seconds} s)`).join(', '))
  return outcomes.every((o) => o.exitCode === 0) ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench] failed:', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
