// CPU time of the Chromium processes of one browser, by process type (Linux /proc; elsewhere empty).
// The first sync is CPU-bound on these machines: wall time alone cannot say whether the renderer
// (RxDB), the browser process (IndexedDB's backend) or Node (server and PC host) is the limit.
import { readFileSync, readdirSync } from 'node:fs'

const TICKS_PER_SECOND = 100

interface Proc {
  pid: number
  ppid: number
  cmdline: string
  cpuMs: number
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const cpuTicks = Number(fields[11]) + Number(fields[12])
    return {
      pid, ppid: Number(fields[1]),
      cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '),
      cpuMs: (cpuTicks * 1000) / TICKS_PER_SECOND,
    }
  } catch {
    return null
  }
}

/** CPU ms per Chromium process type ('browser', 'renderer', 'gpu-process', 'utility', …) of the browser using `profileDir`. */
export function chromiumCpu(profileDir: string): Record<string, number> {
  let pids: number[]
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)
  } catch {
    return {}
  }
  const procs = pids.map(readProc).filter((p): p is Proc => p !== null)
  const root = procs.find((p) => p.cmdline.includes(`--user-data-dir=${profileDir}`) && !p.cmdline.includes('--type='))
  if (!root) return {}
  const children = new Map<number, Proc[]>()
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  const totals: Record<string, number> = {}
  const stack = [root]
  while (stack.length > 0) {
    const p = stack.pop()!
    const type = /--type=([\w-]+)/.exec(p.cmdline)?.[1] ?? 'browser'
    totals[type] = (totals[type] ?? 0) + p.cpuMs
    stack.push(...(children.get(p.pid) ?? []))
  }
  return totals
}

/** This Node process's CPU ms since `since` (process.cpuUsage()). */
export function nodeCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
