// `npm run bench:load` (issue 11): the server under load. A throwaway PostgreSQL cluster, the real
// server (server/main.ts, demo organisation) in its own process, and N simulated location PCs
// (bench/support/load-run.ts) that pull, push and hold event streams at once. Writes
// bench/results/server-load.json and .md; exits 0 when it has measured (the figures are to report,
// not pass/fail), and stops the cluster and the server also on failure or Ctrl-C.
//   --pcs N (200)   --seconds S (60)   --push-every-ms MS (5000)   --log-level L (info, the server's default)
//   --no-write: print the table, write nothing (quick runs while developing)
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadMarkdown, loadReport } from './support/load-report'
import { logLevels, logProblems, startCluster, startServerProcess, type Cluster, type ServerProcess } from './support/load-processes'
import { nodeCpuMs, treeCpuMs } from './support/process-cpu'
import { runLoad } from './support/load-run'
import { serverResponseTimes } from './support/load-server-times'
import { machineFacts, writeResult } from './support/results'

const { values } = parseArgs({
  options: {
    pcs: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    'push-every-ms': { type: 'string', default: '5000' },
    'log-level': { type: 'string', default: 'info' },
    'no-write': { type: 'boolean', default: false },
  },
})
const positive = (name: string, value: string | undefined): number => {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not ${value}`)
  return n
}
const pcs = positive('pcs', values.pcs)
const seconds = positive('seconds', values.seconds)
const pushIntervalMs = positive('push-every-ms', values['push-every-ms'])
const logLevel = values['log-level'] ?? 'info'
const resultsDir = resolve(import.meta.dirname, 'results')

let cluster: Cluster | null = null
let server: ServerProcess | null = null
let logDir: string | null = null

async function cleanUp(): Promise<void> {
  await server?.stop().catch(() => undefined)
  server = null
  await cluster?.stop().catch(() => undefined)
  cluster = null
  if (logDir !== null) await rm(logDir, { recursive: true, force: true })
  logDir = null
}

process.once('SIGINT', () => {
  console.log('\n[load] interrupted: stopping the server and the cluster')
  void cleanUp().finally(() => process.exit(130))
})

async function main(): Promise<void> {
  const log = (line: string) => console.log(`[load] ${line}`)
  logDir = await mkdtemp(join(tmpdir(), 'locatiedesk-load-'))
  cluster = await startCluster()
  log(`PostgreSQL at ${cluster.databaseUrl}; starting the server with the demo organisation`)
  server = await startServerProcess(cluster.databaseUrl, logDir, logLevel)
  const serverPid = server.pid
  const postmaster = await cluster.pid()
  log(`server ${server.url} (pid ${serverPid}); ${pcs} PCs, ${seconds} s, a change every ${pushIntervalMs} ms per PC`)
  const result = await runLoad({
    serverUrl: server.url, pcs, seconds, pushIntervalMs, log,
    cpu: () => ({ server: treeCpuMs(serverPid), postgresql: postmaster === null ? 0 : treeCpuMs(postmaster), generator: nodeCpuMs() }),
  })
  const report = loadReport(
    result,
    { pcs, seconds, pushIntervalMs, database: 'PostgreSQL 15 (throwaway cluster, fsync off)', serverLogLevel: logLevel },
    machineFacts('none'),
    await logLevels(server.logFile), await logProblems(server.logFile),
    await serverResponseTimes(server.logFile, result.windowEpoch.start, result.windowEpoch.end),
  )
  const markdown = loadMarkdown(report)
  console.log(markdown)
  if (!values['no-write']) {
    await writeResult(join(resultsDir, 'server-load.json'), `${JSON.stringify(report, null, 2)}\n`)
    await writeResult(join(resultsDir, 'server-load.md'), markdown)
    log(`written to ${resultsDir}/server-load.{json,md}`)
  }
}

main()
  .then(cleanUp, async (error: unknown) => {
    console.error('[load] failed:', error)
    await cleanUp()
    process.exitCode = 1
  })
