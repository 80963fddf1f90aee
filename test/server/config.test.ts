import path from 'node:path'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { ConfigError, configVariables, loadConfig, loggerOptions } from '../../server/config'

describe('server config', () => {
  it('defaults to the embedded database with the demo, on 127.0.0.1:3030', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3030, host: '127.0.0.1', databaseUrl: null, dataDir: path.resolve('/srv/app/.data/pglite'), demo: true,
      logLevel: 'info', databaseConnectTimeoutMs: 5000,
    })
  })

  it('leaves a real database without demo data unless DEMO asks for it', () => {
    const env = { DATABASE_URL: 'postgres://u@db/x', PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/lib/ld', LOG_LEVEL: 'WARN', DATABASE_CONNECT_TIMEOUT_MS: '2000' }
    expect(loadConfig(env, '/srv/app')).toEqual({
      port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://u@db/x', dataDir: '/var/lib/ld', demo: false, logLevel: 'warn', databaseConnectTimeoutMs: 2000,
    })
    expect(loadConfig({ ...env, DEMO: 'on' }).demo).toBe(true)
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false)
    expect(loadConfig({ DATABASE_URL: '  ', PORT: '' }, '/srv/app')).toMatchObject({ databaseUrl: null, port: 3030 })
  })

  it('refuses settings it cannot understand instead of guessing, naming the variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ PORT: 'http' }, /^PORT/], [{ PORT: '70000' }, /^PORT/], [{ PORT: '80.5' }, /^PORT/], [{ PORT: '-1' }, /^PORT/],
      [{ DEMO: 'maybe' }, /^DEMO/], [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL/],
      [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL/], [{ DATABASE_URL: 'mysql://db/x' }, /^DATABASE_URL/],
      [{ DATABASE_CONNECT_TIMEOUT_MS: 'soon' }, /^DATABASE_CONNECT_TIMEOUT_MS/], [{ DATABASE_CONNECT_TIMEOUT_MS: '5' }, /^DATABASE_CONNECT_TIMEOUT_MS/],
    ]
    for (const [env, message] of bad) {
      expect(() => loadConfig(env)).toThrow(ConfigError)
      expect(() => loadConfig(env)).toThrow(message)
    }
  })

  it('never repeats a DATABASE_URL it refuses (it may hold a password)', () => {
    expect(() => loadConfig({ DATABASE_URL: 'geheim wachtwoord' })).toThrow(/^((?!geheim).)*$/)
  })

  it('documents every variable it reads', () => {
    const names = configVariables.map((v) => v.name)
    expect(names).toEqual(['PORT', 'HOST', 'DATABASE_URL', 'DATA_DIR', 'DEMO', 'LOG_LEVEL', 'DATABASE_CONNECT_TIMEOUT_MS'])
    for (const v of configVariables) expect(v.description.length).toBeGreaterThan(10)
  })
})

describe('logger options', () => {
  it('censors tokens and cookies in logged headers', () => {
    // Through Fastify, as main.ts passes them: its logger is pino.
    const lines: string[] = []
    const app = Fastify({ logger: { ...loggerOptions('info'), stream: { write: (line: string) => { lines.push(line) } } } })
    const log = app.log
    const headers = { authorization: 'Bearer geheim-token-123', cookie: 'sid=geheim' }
    // A request is logged by Fastify's serializer (method, url, …: no headers, no body) …
    log.info({ req: { method: 'GET', url: '/billing/2026-11.csv', headers } }, 'request')
    // … and headers logged by hand are censored.
    log.info({ headers }, 'headers')
    log.debug('below the level')
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line).not.toContain('geheim')
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ headers: { authorization: '[verborgen]', cookie: '[verborgen]' } })
  })
})
