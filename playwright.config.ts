import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './test/e2e/support/chromium'

// End-to-end tests drive real Chromium against PC hosts and a real server. They start their own
// processes (server, PC hosts, TCP proxy) per test file, so they run one file at a time.
// The reliability project (test/reliability, issue 11) drives the same stack under faults.
export default defineConfig({
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'e2e', testDir: 'test/e2e' },
    { name: 'reliability', testDir: 'test/reliability' },
  ],
  globalSetup: './test/e2e/support/global-setup.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { launchOptions: chromiumLaunchOptions() },
})
