#!/usr/bin/env node
// `npm run dist [-- --win | --linux]`: the installers (electron.builder.yml) into dist/.
// It first probes what a build needs and, when something is missing, says so in ONE line and exits 2
// without building, instead of electron-builder failing halfway with a download stack trace:
//   - the download host: electron-builder fetches the Electron runtime for the target platform and its
//     NSIS/AppImage tools from GitHub releases (or ELECTRON_MIRROR / ELECTRON_BUILDER_BINARIES_MIRROR);
//   - LOCATIEDESK_UPDATE_URL: the update feed baked into the app (publish.url in electron.builder.yml);
//     without it electron-builder stops with a cryptic "cannot expand pattern".
// The local Electron binary (node_modules/electron, absent with ELECTRON_SKIP_BINARY_DOWNLOAD) is not
// needed by electron-builder, which downloads its own copy per target; it is named in the line because
// without it nothing was ever run in real Electron on this machine (README).
// The decision is a pure function of the probes (distDecision), tested in test/electron/dist-decision.test.ts.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const readme = 'zie README, "Een build maken en installeren"'

/**
 * @param {{ electronBinary: boolean, downloadHost: string, downloadsReachable: boolean, updateUrl: string | undefined }} probe
 * @returns {{ build: true, notes: string[] } | { build: false, exitCode: 2, line: string }}
 */
export function distDecision(probe) {
  const blockers = []
  if (!probe.downloadsReachable) {
    const binary = probe.electronBinary ? '' : 'de Electron-binary ontbreekt (ELECTRON_SKIP_BINARY_DOWNLOAD) en '
    blockers.push(`${binary}${probe.downloadHost} is niet bereikbaar (Electron en de NSIS/AppImage-tools komen daarvandaan)`)
  }
  const url = probe.updateUrl?.trim()
  if (!url) blockers.push('LOCATIEDESK_UPDATE_URL (de update-feed) is niet gezet')
  else if (!isHttpUrl(url)) blockers.push(`LOCATIEDESK_UPDATE_URL is geen http(s)-adres: ${url}`)
  if (blockers.length > 0) {
    return { build: false, exitCode: 2, line: `dist: kan hier geen installatiebestand maken: ${blockers.join('; ')} — ${readme}` }
  }
  const notes = probe.electronBinary ? [] : ['dist: geen lokale Electron-binary; electron-builder haalt zijn eigen kopie voor het doelplatform']
  return { build: true, notes }
}

function isHttpUrl(value) {
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/** The host electron-builder downloads from: a configured mirror, else GitHub. */
export function downloadHost(env) {
  const mirror = env.ELECTRON_BUILDER_BINARIES_MIRROR || env.ELECTRON_MIRROR
  if (mirror) {
    try {
      return new URL(mirror).origin
    } catch {
      // An unparsable mirror: electron-builder will fail on it too; probe GitHub and let it say so.
    }
  }
  return 'https://github.com'
}

/** Like scripts/start.mjs: path.txt and the file it names. Not require('electron'): that starts a download. */
function electronBinaryPresent(root) {
  try {
    const dir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
    const pathFile = join(dir, 'path.txt')
    return existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()))
  } catch {
    return false
  }
}

async function reachable(origin, timeoutMs = 4_000) {
  try {
    await fetch(origin, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    return true // any answer at all: the host is there
  } catch {
    return false
  }
}

function run(root, command, args) {
  return new Promise((resolve, reject) => {
    // Windows runs the .cmd shims of node_modules/.bin only through a shell.
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`))))
  })
}

async function main() {
  const root = join(import.meta.dirname, '..')
  const host = downloadHost(process.env)
  const decision = distDecision({
    electronBinary: electronBinaryPresent(root),
    downloadHost: host.replace(/^https?:\/\//, ''),
    downloadsReachable: await reachable(host),
    updateUrl: process.env.LOCATIEDESK_UPDATE_URL,
  })
  if (!decision.build) {
    console.error(decision.line)
    process.exit(decision.exitCode)
  }
  for (const note of decision.notes) console.log(note)
  // Only the platform flags pass through (--win, --linux, --x64, …); publishing is never done from here.
  const passThrough = process.argv.slice(2).filter((arg) => /^--(win|linux|mac|x64|arm64|ia32|dir)$/.test(arg))
  const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)
  await run(root, bin('electron-vite'), ['build'])
  await run(root, bin('electron-builder'), ['--config', 'electron.builder.yml', '--publish', 'never', ...passThrough])
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`dist: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
