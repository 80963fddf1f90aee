// CPU time of processes from Linux /proc (elsewhere empty or 0): per Chromium process type of one
// browser (the first sync is CPU-bound here: wall time alone cannot say whether the renderer (RxDB),
// the browser process (IndexedDB's backend) or Node is the limit), and of a process tree (the load
// benchmark's split of the 2 cores between server, PostgreSQL and generator).
import { readFileSync, readdirSync } from 'node:fs'

const TICKS_PER_SECOND = 100

interface Proc {
  pid: number
  ppid: number
  cmdline: string
  /** Own user + system time. */
  cpuMs: number
  /** Time of children that exited and were waited for (cutime + cstime: PostgreSQL's finished backends). */
  reapedMs: number
}

const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return {
      pid, ppid: Number(fields[1]),
      cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '),
      cpuMs: ms(Number(fields[11]) + Number(fields[12])),
      reapedMs: ms(Number(fields[13]) + Number(fields[14])),
    }
  } catch {
    return null
  }
}

/** Every process now, and the children of each. */
function processTable(): { procs: Proc[]; children: Map<number, Proc[]> } {
  let pids: number[]
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)
  } catch {
    return { procs: [], children: new Map() }
  }
  const procs = pids.map(readProc).filter((p): p is Proc => p !== null)
  const children = new Map<number, Proc[]>()
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  return { procs, children }
}

function* tree(root: Proc, children: Map<number, Proc[]>): Generator<Proc> {
  const stack = [root]
  while (stack.length > 0) {
    const p = stack.pop()!
    yield p
    stack.push(...(children.get(p.pid) ?? []))
  }
}

/** CPU ms per Chromium process type ('browser', 'renderer', 'gpu-process', 'utility', …) of the browser using `profileDir`. */
export function chromiumCpu(profileDir: string): Record<string, number> {
  const { procs, children } = processTable()
  const root = procs.find((p) => p.cmdline.includes(`--user-data-dir=${profileDir}`) && !p.cmdline.includes('--type='))
  if (!root) return {}
  const totals: Record<string, number> = {}
  for (const p of tree(root, children)) {
    const type = /--type=([\w-]+)/.exec(p.cmdline)?.[1] ?? 'browser'
    totals[type] = (totals[type] ?? 0) + p.cpuMs
  }
  return totals
}

/** CPU ms used so far by `pid` and its descendants, those that exited included (0 when it is gone). */
export function treeCpuMs(pid: number): number {
  const { procs, children } = processTable()
  const root = procs.find((p) => p.pid === pid)
  if (!root) return 0
  let total = root.reapedMs
  for (const p of tree(root, children)) total += p.cpuMs
  return total
}

/** This Node process's CPU ms, since `since` (process.cpuUsage()) or since it started. */
export function nodeCpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
