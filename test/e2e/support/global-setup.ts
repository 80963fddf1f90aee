// One folder per Playwright run for what specs may share: the demo database template (stack.ts
// demoTemplate). Removed when the run ends, so a later run never starts from an older demo.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'locatiedesk-e2e-templates-'))
  process.env.E2E_TEMPLATE_ROOT = root
  return async () => {
    await rm(root, { recursive: true, force: true })
  }
}
