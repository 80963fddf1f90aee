// Creating a PGlite data folder runs initdb (7–10 s here); opening a copy of an initialised one
// takes about 1.5 s. So the tests initialise one empty cluster per PGlite version, keep it in
// node_modules/.cache (npm ci clears it), and give every test file its own copy.
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'

const nodeModules = path.resolve(import.meta.dirname, '../../node_modules')
const cacheDir = path.join(nodeModules, '.cache')

async function pgliteVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(nodeModules, '@electric-sql/pglite/package.json'), 'utf8')) as { version: string }
  return manifest.version
}

async function ensureTemplate(): Promise<string> {
  const templateDir = path.join(cacheDir, `locatiedesk-pglite-template-${await pgliteVersion()}`)
  if (await stat(path.join(templateDir, 'PG_VERSION')).then(() => true, () => false)) return templateDir
  // Parallel test files may race to build it: each builds its own copy, the first rename wins.
  await mkdir(cacheDir, { recursive: true })
  const building = await mkdtemp(`${templateDir}.building-`)
  const pg = await PGlite.create({ dataDir: building })
  await pg.close()
  await rename(building, templateDir).catch(() => rm(building, { recursive: true, force: true }))
  return templateDir
}

/** A fresh, empty PGlite data folder in the temp directory; the caller removes it. */
export async function freshPgliteDataDir(): Promise<string> {
  const template = await ensureTemplate()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'locatiedesk-pglite-'))
  await cp(template, dir, { recursive: true })
  return dir
}
