// The server's own view of the load: Fastify logs every request twice at info ("incoming request" with
// method and URL, "request completed" with the status and `responseTime`, the ms from the request's
// arrival in Fastify to its answer, including the wait for a database connection). Set beside the
// generator's latencies (which also hold the network, the server's event-loop lag before Fastify sees
// the request, and the generator's own lag), they tell where a slow request spent its time.
import { readFile } from 'node:fs/promises'
import { percentiles, type Percentiles } from './load-metrics'

const syncRoute = /^\/sync\/[^/?]+\/(push|pull)(?:\?|$)/

/** Which kind of request it is, as the generator counts them: POST /sync/:collection/push or /pull. */
function kindOf(method: string, url: string): 'push' | 'pull' | null {
  const kind = method === 'POST' ? syncRoute.exec(url)?.[1] : undefined
  return kind === 'push' || kind === 'pull' ? kind : null
}

interface LogLine {
  time?: number
  reqId?: string
  msg?: string
  req?: { method?: string; url?: string }
  responseTime?: number
}

/** responseTime of pushes and pulls completed between `from` and `to` (epoch ms), from the server's JSON log. */
export async function serverResponseTimes(logFile: string, from: number, to: number): Promise<{ push: Percentiles; pull: Percentiles }> {
  const kinds = new Map<string, 'push' | 'pull'>()
  const times: Record<'push' | 'pull', number[]> = { push: [], pull: [] }
  for (const text of (await readFile(logFile, 'utf8').catch(() => '')).split('\n')) {
    if (!text.includes('"reqId"')) continue
    let line: LogLine
    try {
      line = JSON.parse(text) as LogLine
    } catch {
      continue
    }
    if (line.reqId === undefined) continue
    if (line.msg === 'incoming request' && line.req?.method !== undefined && line.req.url !== undefined) {
      const kind = kindOf(line.req.method, line.req.url)
      if (kind !== null) kinds.set(line.reqId, kind)
    } else if (line.msg === 'request completed' && typeof line.responseTime === 'number') {
      const kind = kinds.get(line.reqId)
      kinds.delete(line.reqId)
      if (kind !== undefined && line.time !== undefined && line.time >= from && line.time <= to) times[kind].push(line.responseTime)
    }
  }
  return { push: percentiles(times.push), pull: percentiles(times.pull) }
}
