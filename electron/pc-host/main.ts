// `tsx electron/pc-host/main.ts`: one PC host for a browser (npm run web starts one).
//   SERVER_URL    the server (default http://127.0.0.1:3030)
//   PC_DATA_DIR   this simulated PC's folder: device id, secrets (default .data/pc-1)
//   PC_HOST_PORT  port on 127.0.0.1 (default 0: any free port)
//   PC_RENDERER_DIR  the built renderer to serve (default out/renderer)
//   PC_IDLE_LOCK_MS  idle time before the screen locks (default: shared/rules defaults.idleLockMinutes)
import { startPcHost } from './index'

const host = await startPcHost({
  serverUrl: process.env['SERVER_URL'] ?? 'http://127.0.0.1:3030',
  dataDir: process.env['PC_DATA_DIR'] ?? '.data/pc-1',
  port: Number(process.env['PC_HOST_PORT'] ?? 0),
  ...(process.env['PC_RENDERER_DIR'] ? { rendererDir: process.env['PC_RENDERER_DIR'] } : {}),
  ...(process.env['PC_IDLE_LOCK_MS'] ? { idleLockMs: Number(process.env['PC_IDLE_LOCK_MS']) } : {}),
})
console.log(`PC host (device ${host.deviceId}) at ${host.url}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => process.exit(0))
  })
}
