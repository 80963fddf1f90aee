import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createAppUrlCheck } from '../../../../electron/main/security/app-url'
import { contentSecurityPolicy } from '../../../../electron/main/security/csp'

describe('app URL check', () => {
  const rendererDir = '/opt/locatiedesk/out/renderer'
  const isApp = createAppUrlCheck({ rendererDir })

  it('accepts the built renderer, with route and query', () => {
    const index = pathToFileURL(join(rendererDir, 'index.html')).href
    expect(isApp(index)).toBe(true)
    expect(isApp(`${index}#/aanwezigheid?groep=1`)).toBe(true)
  })

  it('refuses everything else', () => {
    for (const url of [
      'https://evil.example/',
      'file:///opt/locatiedesk/out/renderer-evil/index.html',
      'file:///opt/locatiedesk/out/renderer/%2e%2e/%2e%2e/secrets.html',
      'file:///etc/passwd',
      'file://evil.example/opt/locatiedesk/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'not a url',
    ]) expect(isApp(url), url).toBe(false)
  })

  it('accepts the dev server origin only when running the dev server', () => {
    const dev = createAppUrlCheck({ rendererDir, devServerUrl: 'http://localhost:5173' })
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows only the app itself: no inline script, no eval, no objects, no frames', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('adds the PC host socket to connect-src', () => {
    expect(contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:4000'] })).toContain("connect-src 'self' ws://127.0.0.1:4000")
  })
})
