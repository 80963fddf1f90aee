// `npm run dist` decides from its probes whether a build can work here; where it cannot, one line says
// why and it exits 2 before building. The probes themselves (a HEAD request, a file check) are not
// mocked here: the decision is a pure function of their results.
import { describe, expect, it } from 'vitest'
import { distDecision, downloadHost, type DistProbe } from '../../scripts/dist.mjs'

const ready: DistProbe = { electronBinary: true, downloadHost: 'github.com', downloadsReachable: true, updateUrl: 'https://updates.example.nl/ld/' }

describe('distDecision', () => {
  it('builds when the downloads are reachable and the update feed is set', () => {
    expect(distDecision(ready)).toEqual({ build: true, notes: [] })
  })

  it('refuses on a machine like this one: no Electron binary, GitHub unreachable', () => {
    const decision = distDecision({ ...ready, electronBinary: false, downloadsReachable: false })
    expect(decision).toEqual({
      build: false,
      exitCode: 2,
      line: 'dist: kan hier geen installatiebestand maken: de Electron-binary ontbreekt (ELECTRON_SKIP_BINARY_DOWNLOAD) en github.com is niet bereikbaar (Electron en de NSIS/AppImage-tools komen daarvandaan) — zie README, "Een build maken en installeren"',
    })
  })

  it('refuses without network even when the local binary is there (electron-builder downloads per target)', () => {
    const decision = distDecision({ ...ready, downloadsReachable: false, downloadHost: 'mirror.example.nl' })
    expect(decision).toMatchObject({ build: false, exitCode: 2 })
    if (decision.build) return
    expect(decision.line).toContain('mirror.example.nl is niet bereikbaar')
    expect(decision.line).not.toContain('Electron-binary ontbreekt')
  })

  it('refuses a missing or non-http update feed, naming the variable, all reasons in one line', () => {
    for (const updateUrl of [undefined, '  ']) {
      const decision = distDecision({ ...ready, updateUrl })
      expect(decision).toMatchObject({ build: false, exitCode: 2 })
      if (!decision.build) expect(decision.line).toContain('LOCATIEDESK_UPDATE_URL (de update-feed) is niet gezet')
    }
    const both = distDecision({ ...ready, downloadsReachable: false, updateUrl: 'ftp://updates.example.nl/' })
    expect(both.build).toBe(false)
    if (both.build) return
    expect(both.line).toContain('github.com is niet bereikbaar')
    expect(both.line).toContain('LOCATIEDESK_UPDATE_URL is geen http(s)-adres: ftp://updates.example.nl/')
    expect(both.line.split('\n')).toHaveLength(1)
  })

  it('builds without a local binary when it can download, and says so', () => {
    expect(distDecision({ ...ready, electronBinary: false })).toEqual({
      build: true,
      notes: ['dist: geen lokale Electron-binary; electron-builder haalt zijn eigen kopie voor het doelplatform'],
    })
  })
})

describe('downloadHost', () => {
  it('probes a configured mirror instead of GitHub', () => {
    expect(downloadHost({})).toBe('https://github.com')
    expect(downloadHost({ ELECTRON_MIRROR: 'https://mirror.example.nl/electron/' })).toBe('https://mirror.example.nl')
    expect(downloadHost({ ELECTRON_BUILDER_BINARIES_MIRROR: 'https://tools.example.nl/x/', ELECTRON_MIRROR: 'https://mirror.example.nl/' })).toBe('https://tools.example.nl')
    expect(downloadHost({ ELECTRON_MIRROR: 'geen url' })).toBe('https://github.com')
  })
})
