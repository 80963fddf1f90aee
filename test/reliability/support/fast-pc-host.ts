// `tsx test/reliability/support/fast-pc-host.ts`: electron/pc-host/main.ts (same variables, same
// ready line) with the quick retries the in-process test PCs use (test/e2e/support/stack.ts), for a
// PC host that a reliability spec runs as its own process so that it can SIGKILL it (crash-app.ts).
import { startPcHost } from '../../../electron/pc-host'

const host = await startPcHost({
  serverUrl: process.env['SERVER_URL'] ?? 'http://127.0.0.1:3030',
  dataDir: process.env['PC_DATA_DIR'] ?? '.data/pc-1',
  port: Number(process.env['PC_HOST_PORT'] ?? 0),
  ...(process.env['PC_IDLE_LOCK_MS'] ? { idleLockMs: Number(process.env['PC_IDLE_LOCK_MS']) } : {}),
  transport: {
    retryBackoff: { baseMs: 100, maxMs: 1_000 },
    streamBackoff: { baseMs: 100, maxMs: 1_000 },
  },
})
console.log(`PC host (device ${host.deviceId}) at ${host.url}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => process.exit(0))
  })
}
