import { defineConfig } from 'vitest/config'

// Only *.test.ts under test/: Playwright specs (*.spec.ts under test/e2e) have their own runner.
// Server and shared-rule tests keep no state between files (each opens its own database), so their
// workers are reused from file to file (isolate: false): starting a fresh worker per file cost more
// than the tests themselves on 2 cores. Renderer and Electron tests mock modules and globals, so
// they keep a fresh worker per file.
// The reliability suites (test/reliability) build their own servers and PCs the same way.
const shared = ['test/server/**/*.test.ts', 'test/shared/**/*.test.ts', 'test/reliability/**/*.test.ts']

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'server+shared', include: shared, isolate: false } },
      { extends: true, test: { name: 'renderer+electron', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**', ...shared] } },
    ],
  },
})
