import { defineConfig } from 'vitest/config'

// Only *.test.ts under test/: Playwright specs (*.spec.ts under test/e2e) have their own runner.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
})
