// The Content-Security-Policy of the app's pages: only the app's own scripts and styles, no eval,
// no plugins, no frames, no forms, nowhere to send data but the app itself. Sent as a header by
// Electron's session and by the PC host; the renderer's index.html carries the same as a meta tag
// (both apply, so the stricter wins).

export interface CspOptions {
  /** Extra connect-src sources (the PC host's WebSocket). */
  connectSrc?: string[]
  /** `electron-vite dev`: the dev server needs inline scripts (React refresh) and its HMR socket. */
  devServerUrl?: string | undefined
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerUrl ? new URL(options.devServerUrl) : null
  const connect = ["'self'", ...(options.connectSrc ?? [])]
  if (dev) connect.push(`ws://${dev.host}`)
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': connect,
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}
