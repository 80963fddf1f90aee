// Builds main and preload exactly as `electron-vite build` does (same config file), into a folder
// of its own under out/ so a test never races the lead's or another test's out/main. The renderer
// is left out: these tests load only the main and preload bundles.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { resolveConfig } from 'electron-vite'
import { build } from 'vite'

const repoRoot = resolve(import.meta.dirname, '../../..')

export interface BuiltBundles {
  outDir: string
  main: string
  preload: string
  remove(): Promise<void>
}

export async function buildMainAndPreload(): Promise<BuiltBundles> {
  // Under the repository (not /tmp): the main bundle imports its dependencies from node_modules.
  await mkdir(join(repoRoot, 'out'), { recursive: true })
  const outDir = await mkdtemp(join(repoRoot, 'out', 'test-build-'))
  const { config } = await resolveConfig(
    { configFile: join(repoRoot, 'electron.vite.config.ts'), root: repoRoot, build: { outDir }, logLevel: 'warn' },
    'build',
    'production',
  )
  const main = config?.main
  const preload = config?.preload
  if (!main || !preload) throw new Error('electron.vite.config.ts has no main or preload')
  await build(main)
  await build(preload)
  return {
    outDir,
    main: join(outDir, 'main', 'index.js'),
    preload: join(outDir, 'preload', 'index.cjs'),
    remove: () => rm(outDir, { recursive: true, force: true }),
  }
}
