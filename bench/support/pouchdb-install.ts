// PouchDB for the first-sync benchmarks' comparison, installed on demand into bench/pouchdb/ (its own
// package.json and lockfile) and never by the app's `npm ci`: pouchdb-server's tree is large and pulls
// native modules (LevelDB, SQLite) the app does not need. bench/pouchdb/package.json turns their install
// scripts off (`allowScripts`): the server runs in memory and the page uses IndexedDB, so neither is built.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const POUCHDB_DIR = join(import.meta.dirname, '..', 'pouchdb')
const modules = join(POUCHDB_DIR, 'node_modules')
export const POUCHDB_SERVER_BIN = join(modules, 'pouchdb-server', 'bin', 'pouchdb-server')
/** pouchdb's browser build (IndexedDB adapter), loaded by the benchmark's page. */
export const POUCHDB_BROWSER_BUILD = join(modules, 'pouchdb', 'dist', 'pouchdb.min.js')

export interface PouchVersions {
  pouchdb: string
  pouchdbServer: string
}

export type PouchInstall = { ok: true; versions: PouchVersions } | { ok: false; reason: string }

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version?: unknown }
  return typeof manifest.version === 'string' ? manifest.version : '?'
}

/** Runs npm in bench/pouchdb; answers its exit code and the tail of its output (for the one-line failure). */
function runNpm(args: readonly string[]): Promise<{ code: number | null; tail: string }> {
  return new Promise((resolve) => {
    const windows = process.platform === 'win32'
    const child = spawn(windows ? 'npm.cmd' : 'npm', [...args], { cwd: POUCHDB_DIR, shell: windows, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => resolve({ code: null, tail: error.message }))
    child.on('close', (code) => resolve({ code, tail: output }))
  })
}

/** npm's first error lines (the code and the cause), without its generic advice. */
function npmErrorSummary(output: string): string {
  const generic = /A complete log|behind a proxy|npm help config|^npm error (syscall|errno|\s+at )|^npm error\s*$/
  const errors = output.split('\n').filter((line) => line.startsWith('npm error') && !generic.test(line))
  return (errors.length > 0 ? errors.slice(0, 2) : output.trim().split('\n').slice(-2)).join(' / ')
}

/** Installs bench/pouchdb's packages when they are missing (`npm ci` from its lockfile when there is one). */
export async function ensurePouchDB(log: (message: string) => void): Promise<PouchInstall> {
  if (!existsSync(POUCHDB_SERVER_BIN) || !existsSync(POUCHDB_BROWSER_BUILD)) {
    const ci = existsSync(join(POUCHDB_DIR, 'package-lock.json'))
    const args = [ci ? 'ci' : 'install', '--no-audit', '--no-fund', '--no-update-notifier']
    log(`installing PouchDB for the comparison: npm ${args.join(' ')} in ${relative(process.cwd(), POUCHDB_DIR) || POUCHDB_DIR} (once; about 15 s to a minute)…`)
    const started = performance.now()
    const { code, tail } = await runNpm(args)
    if (code !== 0) return { ok: false, reason: `npm ${args[0]} in bench/pouchdb failed (exit ${code ?? 'none'}): ${npmErrorSummary(tail)}` }
    if (!existsSync(POUCHDB_SERVER_BIN) || !existsSync(POUCHDB_BROWSER_BUILD)) {
      return { ok: false, reason: `npm ${args[0]} in bench/pouchdb ran but pouchdb-server or pouchdb/dist/pouchdb.min.js is missing` }
    }
    log(`PouchDB installed in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  return { ok: true, versions: { pouchdb: installedVersion('pouchdb'), pouchdbServer: installedVersion('pouchdb-server') } }
}
