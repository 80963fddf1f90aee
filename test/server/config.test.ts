import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/config'

describe('server config', () => {
  it('defaults to the embedded database with the demo, on 127.0.0.1:3030', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3030, host: '127.0.0.1', databaseUrl: null, dataDir: path.resolve('/srv/app/.data/pglite'), demo: true,
    })
  })

  it('leaves a real database without demo data unless DEMO asks for it', () => {
    const env = { DATABASE_URL: 'postgres://u@db/x', PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/lib/ld' }
    expect(loadConfig(env, '/srv/app')).toEqual({
      port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://u@db/x', dataDir: '/var/lib/ld', demo: false,
    })
    expect(loadConfig({ ...env, DEMO: 'on' }).demo).toBe(true)
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false)
  })

  it('refuses settings it cannot understand instead of guessing', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/)
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/)
    expect(() => loadConfig({ DEMO: 'maybe' })).toThrow(/DEMO/)
  })
})
