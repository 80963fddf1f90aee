// Types of scripts/dist.mjs for the tests (test/electron/dist-decision.test.ts) that import its pure parts.
export interface DistProbe {
  /** node_modules/electron's binary is on disk (absent with ELECTRON_SKIP_BINARY_DOWNLOAD). */
  electronBinary: boolean
  /** The host electron-builder downloads from, without scheme (github.com or a mirror). */
  downloadHost: string
  downloadsReachable: boolean
  /** LOCATIEDESK_UPDATE_URL as set, or undefined. */
  updateUrl: string | undefined
}

export type DistDecision = { build: true; notes: string[] } | { build: false; exitCode: 2; line: string }

export function distDecision(probe: DistProbe): DistDecision
export function downloadHost(env: Record<string, string | undefined>): string
