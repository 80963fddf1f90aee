#!/usr/bin/env node
// `npm start`: the desktop app against the embedded server when the Electron binary is installed;
// otherwise (as on the build and CI machines, DESIGN §7) browser mode. `npm run web` (--web) is
// browser mode always: the server (server/main.ts, embedded PGlite + demo) and one PC host that
// serves the built renderer, then it prints the URL to open.
// TypeScript runs through tsx (`node --import tsx`) for the server and the PC host; main, preload
// and renderer are built by electron-vite.
//   PORT          server port (default 3030)     SERVER_URL    use this server instead of starting one
//   PC_DATA_DIR   the PC host's folder (default .data/pc-1)   PC_HOST_PORT  its port (default 0: any)
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const electronVite = join(root, 'node_modules', '.bin', 'electron-vite')
const children = new Set()

/** The Electron executable, or null. Not require('electron'): that tries to download a missing binary. */
function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'))
    const pathFile = join(dir, 'path.txt')
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
    const exe = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name)
      : existsSync(pathFile) ? join(dir, 'dist', name) : null
    return exe && existsSync(exe) ? exe : null
  } catch {
    return null
  }
}

function start(label, command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  children.add(child)
  child.on('exit', (code, signal) => {
    children.delete(child)
    if (stopping) return
    console.error(`${label} stopped (${signal ?? `exit ${code}`}); stopping the rest`)
    stop(code ?? 1)
  })
  return child
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code})`))))
  })
}

let stopping = false
function stop(code = 0) {
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  const deadline = setTimeout(() => process.exit(code), 5_000)
  const check = setInterval(() => {
    if (children.size > 0) return
    clearInterval(check)
    clearTimeout(deadline)
    process.exit(code)
  }, 50)
}
process.once('SIGINT', () => stop(0))
process.once('SIGTERM', () => stop(0))

async function waitForHealth(serverUrl, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (stopping) return
    try {
      const response = await fetch(`${serverUrl}/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server at ${serverUrl} did not answer /health within ${timeoutMs / 1000} s`)
}

/** The embedded server, unless SERVER_URL names one that runs already. */
async function startServer() {
  if (process.env.SERVER_URL) return process.env.SERVER_URL
  const port = process.env.PORT ?? '3030'
  start('server', process.execPath, ['--import', 'tsx', 'server/main.ts'], { PORT: port })
  const serverUrl = `http://127.0.0.1:${port}`
  await waitForHealth(serverUrl)
  return serverUrl
}

async function main() {
  const electron = process.argv.includes('--web') ? null : electronBinary()
  if (electron) {
    const serverUrl = await startServer()
    start('electron', electronVite, ['preview'], { LOCATIEDESK_SERVER_URL: serverUrl })
    return
  }
  if (!process.argv.includes('--web')) console.log('Electron binary not installed here: starting browser mode (server + PC host) instead.')
  await run(electronVite, ['build'])
  const serverUrl = await startServer()
  start('pc host', process.execPath, ['--import', 'tsx', 'electron/pc-host/main.ts'], {
    SERVER_URL: serverUrl,
    PC_DATA_DIR: process.env.PC_DATA_DIR ?? '.data/pc-1',
  })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  stop(1)
})
