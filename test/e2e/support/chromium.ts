import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

// Playwright cannot download its own browser on these machines (DESIGN §7): use Debian's Chromium
// when it is there, Playwright's own otherwise (`npx playwright install chromium` where it can).
// The flags keep Chromium from reaching for Google's hosts on a closed network.
const debianChromium = '/usr/bin/chromium'

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined)
  return {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  }
}
