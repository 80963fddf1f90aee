// The packaging configuration, read the way electron-builder reads it (its own loader and its JSON
// schema, from the installed electron-builder), since no installer can be built on this machine.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

interface TargetEntry { target: string; arch?: string[] }
interface BuilderConfig {
  appId?: string
  productName?: string
  icon?: string
  directories?: { output?: string; buildResources?: string }
  files?: { filter?: string[] }[]
  publish?: { provider?: string; url?: string; channel?: string }
  win?: { target?: (string | TargetEntry)[]; signtoolOptions?: Record<string, unknown>; azureSignOptions?: unknown }
  nsis?: { oneClick?: boolean; perMachine?: boolean; artifactName?: string }
  linux?: { target?: (string | TargetEntry)[]; maintainer?: string; category?: string; synopsis?: string }
}

// electron-builder's internals, resolved from electron-builder itself (they are its dependencies, not ours).
const builderRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder'))
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>
}
const { expandMacro } = builderRequire('app-builder-lib/out/util/macroExpander') as {
  expandMacro(pattern: string, arch: string | null, appInfo: Record<string, string>): string
}
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

const targetNames = (targets: (string | TargetEntry)[] | undefined) => (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target))

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

let config: BuilderConfig
beforeAll(async () => {
  config = await getConfig(root, 'electron.builder.yml')
})

describe('electron.builder.yml', () => {
  it('is valid for the installed electron-builder, whose schema rejects a wrong value', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined()
    const broken = structuredClone(config)
    broken.nsis = { ...broken.nsis, perMachine: 'ja' as unknown as boolean }
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/perMachine/)
  })

  it('names the app', () => {
    expect(config.appId).toBe('nl.locatiedesk.app')
    expect(config.productName).toBe('Locatiedesk')
  })

  it('builds a per-machine NSIS installer for Windows, with the assisted (not one-click) installer', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false })
    // A stable name: update feeds and IT's deployment scripts refer to it.
    expect(config.nsis?.artifactName).toBe('${productName}-Setup-${version}.${ext}')
  })

  it('signs from the environment only: no certificate or password in the file', () => {
    const text = readFileSync(join(root, 'electron.builder.yml'), 'utf8')
    expect(text).not.toMatch(/certificateFile|certificatePassword|cscLink|cscKeyPassword|\.pfx|\.p12/i)
    expect(config.win?.azureSignOptions).toBeUndefined()
  })

  it('builds an AppImage and a deb for Linux, with the deb metadata', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb'])
    expect(config.linux?.maintainer).toMatch(/<[^>]+@[^>]+>/)
    expect(config.linux?.category).toBe('Office')
    expect(config.linux?.synopsis).toBeTruthy()
  })

  it('publishes a generic update feed whose URL comes from LOCATIEDESK_UPDATE_URL', () => {
    expect(config.publish).toMatchObject({ provider: 'generic', url: '${env.LOCATIEDESK_UPDATE_URL}' })
    const url = config.publish!.url!
    const before = process.env['LOCATIEDESK_UPDATE_URL']
    try {
      process.env['LOCATIEDESK_UPDATE_URL'] = 'https://updates.example.nl/locatiedesk'
      expect(expandMacro(url, null, {})).toBe('https://updates.example.nl/locatiedesk')
      // Unset, electron-builder stops with this: scripts/dist.mjs checks the variable first.
      delete process.env['LOCATIEDESK_UPDATE_URL']
      expect(() => expandMacro(url, null, {})).toThrow(/env LOCATIEDESK_UPDATE_URL is not defined/)
    } finally {
      if (before === undefined) delete process.env['LOCATIEDESK_UPDATE_URL']
      else process.env['LOCATIEDESK_UPDATE_URL'] = before
    }
  })

  it('has its icons on disk: the SVG source and a PNG of at least 256x256', () => {
    expect(config.icon).toBe('resources/icon.png')
    expect(config.directories?.buildResources).toBe('resources')
    expect(existsSync(join(root, 'resources/icon.svg'))).toBe(true)
    const { width, height } = pngSize(join(root, config.icon!))
    expect(width).toBeGreaterThanOrEqual(256)
    expect(height).toBe(width)
  })

  it('packs only the electron-vite output: no server, PC host, sources or test builds', () => {
    const patterns = (config.files ?? []).flatMap((set) => set.filter ?? [])
    const included = patterns.filter((p) => !p.startsWith('!'))
    expect(included.filter((p) => p !== 'package.json').every((p) => p.startsWith('out/'))).toBe(true)
    expect(included.sort()).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    expect(patterns.join(' ')).not.toMatch(/server|pc-host|electron\/|shared\/|renderer\/src/)
    expect(patterns).toContain('!out/test-build-*/**')
  })

  it('is built by `npm run dist` (scripts/dist.mjs)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
    expect(pkg.scripts?.['dist']).toBe('node scripts/dist.mjs')
    expect(existsSync(join(root, 'scripts/dist.mjs'))).toBe(true)
  })
})
