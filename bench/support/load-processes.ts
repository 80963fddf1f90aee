// The load benchmark's own processes: a throwaway PostgreSQL cluster (scripts/pg-throwaway.sh) and
// the real server (server/main.ts, as `npm run server` starts it) in a child process, so that the
// generator does not share the server's event loop and each one's CPU can be read on its own.
// Both are stopped by stop(), also after a failure or Ctrl-C (the bench calls it).
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { chmod, mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '../..')
const script = join(root, 'scripts/pg-throwaway.sh')

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

export interface Cluster {
  dir: string
  databaseUrl: string
  /** The postmaster's pid (its backends are its children). */
  pid(): Promise<number | null>
  stop(): Promise<void>
}

export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'locatiedesk-load-pg-'))
  // As root the script runs PostgreSQL as 'postgres', which must reach the folder.
  await chmod(dir, 0o755)
  const port = await freePort()
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await run(script, ['stop', dir]).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const { stdout } = await run(script, ['start', dir], { env: { ...process.env, PG_THROWAWAY_PORT: String(port) } })
    const databaseUrl = stdout.trim().split('\n').at(-1) ?? ''
    return {
      dir, databaseUrl, stop,
      async pid() {
        const text = await readFile(join(dir, 'data/postmaster.pid'), 'utf8').catch(() => '')
        const pid = Number(text.split('\n')[0])
        return Number.isInteger(pid) && pid > 0 ? pid : null
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}

export interface ServerProcess {
  url: string
  pid: number
  /** Where its JSON log went. */
  logFile: string
  stop(): Promise<number | null>
}

/** server/main.ts on the cluster, with the demo organisation; resolves once /health answers. */
export async function startServerProcess(databaseUrl: string, logDir: string, logLevel: string): Promise<ServerProcess> {
  const port = await freePort()
  const logFile = join(logDir, 'server.log')
  const log = await open(logFile, 'w')
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO: 'on', LOG_LEVEL: logLevel },
    stdio: ['ignore', log.fd, log.fd],
  })
  await log.close()
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  let gone = false
  void exited.then(() => { gone = true })
  const stop = async () => {
    if (gone) return exited
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    const code = await exited
    clearTimeout(timer)
    return code
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (gone) throw new Error(`server exited while starting:\n${await readFile(logFile, 'utf8').catch(() => '')}`)
    const up = await fetch(`${url}/health`).then((r) => r.ok, () => false)
    if (up) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error('server did not answer /health within 3 minutes')
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, pid: child.pid ?? -1, logFile, stop }
}

/** Counts of the server log's lines by pino level name (warn and above say something went wrong). */
export async function logLevels(logFile: string): Promise<Record<string, number>> {
  const names: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }
  const counts: Record<string, number> = {}
  for (const line of (await readFile(logFile, 'utf8').catch(() => '')).split('\n')) {
    const level = /"level":(\d+)/.exec(line)?.[1]
    if (level !== undefined) counts[names[Number(level)] ?? level] = (counts[names[Number(level)] ?? level] ?? 0) + 1
  }
  return counts
}

/** The warn-or-worse lines of the server log (the first few), for the report. */
export async function logProblems(logFile: string, max = 5): Promise<string[]> {
  const lines = (await readFile(logFile, 'utf8').catch(() => '')).split('\n')
  return lines.filter((l) => /"level":(4|5|6)\d/.test(l)).slice(0, max).map((l) => l.slice(0, 400))
}
