// Which page is "the app": the built renderer on disk (file://…/out/renderer/…) or, in development,
// the electron-vite dev server. Everything else is foreign to IPC.
import { resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface AppUrlOptions {
  rendererDir: string
  /** ELECTRON_RENDERER_URL when running `electron-vite dev`. */
  devServerUrl?: string | undefined
}

export function createAppUrlCheck(options: AppUrlOptions): (url: string) => boolean {
  const root = resolve(options.rendererDir) + sep
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : null
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (parsed.protocol === 'file:') {
      try {
        // fileURLToPath decodes %2e%2e and friends, so '..' tricks resolve before the prefix check.
        return resolve(fileURLToPath(parsed)).startsWith(root)
      } catch {
        return false // a file URL with a host
      }
    }
    return devOrigin !== null && parsed.origin === devOrigin
  }
}
