import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './test/e2e/support/chromium'

// End-to-end tests drive real Chromium against PC hosts and a real server. They start their own
// processes (server, PC hosts, TCP proxy) per test file, so they run one file at a time.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/global-setup.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { launchOptions: chromiumLaunchOptions() },
})
