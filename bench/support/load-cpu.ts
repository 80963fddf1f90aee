// CPU time of a process and everything under it (Linux /proc), for the load benchmark's split of
// the 2 cores between the server, PostgreSQL and the generator. A parent's cutime/cstime holds its
// children that have exited (PostgreSQL's finished backends), so those are not lost.
import { readFileSync, readdirSync } from 'node:fs'

const TICKS_PER_SECOND = 100

interface Stat {
  pid: number
  ppid: number
  /** Own user + system ticks. */
  own: number
  /** Ticks of children that exited and were waited for. */
  reaped: number
}

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { pid, ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) }
  } catch {
    return null
  }
}

/** CPU ms used so far by `pid` and its descendants (0 when it is gone or /proc is missing). */
export function treeCpuMs(pid: number): number {
  let all: Stat[]
  try {
    all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).map(stat).filter((s): s is Stat => s !== null)
  } catch {
    return 0
  }
  const children = new Map<number, Stat[]>()
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s])
  const top = all.find((s) => s.pid === pid)
  if (top === undefined) return 0
  let ticks = top.reaped
  const stack = [top]
  while (stack.length > 0) {
    const s = stack.pop()!
    ticks += s.own
    stack.push(...(children.get(s.pid) ?? []))
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}

/** This process's CPU ms so far. */
export function ownCpuMs(): number {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}
