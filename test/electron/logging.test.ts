// The app's log on a real disk (electron-log's Node build, as the PC host and main both use it):
// numbered rotation past maxSize, the level from LOCATIEDESK_LOG_LEVEL, and no personal data in a file.
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppLog, parseLogLevel } from '../../electron/main/logging/app-logger'
import { archivePath } from '../../electron/main/logging/numbered-rotation'
import { logUncaughtErrors, routeConsoleToLog } from '../../electron/main/logging/process-errors'
import { scrubText, scrubValue } from '../../electron/main/logging/scrub-personal-data'
import { EventEmitter } from 'node:events'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'locatiedesk-logs-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

let ids = 0
const fresh = (options: Partial<Parameters<typeof createAppLog>[0]> = {}) => createAppLog({ dir, id: `test-${++ids}`, ...options })

describe('rotation', () => {
  it('moves a full file to .1, shifts older archives up and keeps only `keep` of them', async () => {
    const log = fresh({ maxSizeBytes: 2_000, keep: 3 })
    // Each line ~ 140 bytes: 2,000 bytes hold ~14 lines, so 100 lines rotate several times.
    for (let n = 1; n <= 100; n++) log.info(`regel ${String(n).padStart(3, '0')} ${'x'.repeat(100)}`)
    const files = (await readdir(dir)).sort()
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log'])
    const numbers = async (file: string) => [...(await readFile(join(dir, file), 'utf8')).matchAll(/regel (\d{3})/g)].map((m) => Number(m[1]))
    const current = await numbers('main.log')
    const first = await numbers('main.1.log')
    const second = await numbers('main.2.log')
    const third = await numbers('main.3.log')
    expect(current.at(-1)).toBe(100)
    // Each archive holds the lines right before the next newer file's first line: nothing lost in between.
    expect(first.at(-1)).toBe(current[0]! - 1)
    expect(second.at(-1)).toBe(first[0]! - 1)
    expect(third.at(-1)).toBe(second[0]! - 1)
    // The oldest lines went with the dropped archives.
    expect(third[0]).toBeGreaterThan(1)
    for (const file of files) expect((await readFile(join(dir, file))).length).toBeLessThanOrEqual(2_000 + 200)
  })

  it('does not rotate below maxSize', async () => {
    const log = fresh({ maxSizeBytes: 1_000_000 })
    for (let n = 0; n < 50; n++) log.info(`regel ${n}`)
    expect(await readdir(dir)).toEqual(['main.log'])
    expect(existsSync(archivePath(join(dir, 'main.log'), 1))).toBe(false)
  })
})

describe('level', () => {
  it('takes LOCATIEDESK_LOG_LEVEL and writes nothing below it', async () => {
    const log = fresh({ level: 'warn' })
    log.info('alleen info')
    log.debug('alleen debug')
    log.warn('een waarschuwing')
    log.error('een fout')
    const text = await readFile(log.file, 'utf8')
    expect(text).toMatch(/\[warn\] +een waarschuwing/)
    expect(text).toContain('[error] een fout')
    expect(text).not.toContain('alleen')
  })

  it('falls back to info on an unknown level and says so', async () => {
    expect(parseLogLevel(' DEBUG ')).toBe('debug')
    expect(parseLogLevel('luid')).toBeNull()
    const log = fresh({ level: 'luid' })
    log.debug('niet te zien')
    log.info('wel te zien')
    const text = await readFile(log.file, 'utf8')
    expect(text).toContain('LOCATIEDESK_LOG_LEVEL is not one of')
    expect(text).toContain('wel te zien')
    expect(text).not.toContain('niet te zien')
  })
})

describe('no personal data', () => {
  it('scrubs e-mail addresses, Dutch phone numbers, BSN-like numbers and bearer tokens from the file', async () => {
    const log = fresh()
    log.warn('mail naar j.de.vries+ouder@voorbeeld.nl mislukt; bel 06-12345678 of +31 20 123 4567')
    log.error(new Error('push geweigerd voor BSN 123456782 met Authorization: Bearer eyJhbGciOi.J9abc-_x'))
    log.info('aanvraag', { child: 'kind-7', email: 'ouder@voorbeeld.nl', password: 'geheim123', nested: { telefoon: '0612345678' } })
    log.info('pagina http://127.0.0.1:4000/?token=Zm9vYmFyYmF6 geopend')
    const text = await readFile(log.file, 'utf8')
    for (const personal of ['j.de.vries', 'voorbeeld.nl', '12345678', '123 4567', '123456782', 'eyJhbGciOi', 'geheim123', 'Zm9vYmFy']) {
      expect(text).not.toContain(personal)
    }
    expect(text).toContain('[e-mail]')
    expect(text).toContain('[telefoon]')
    expect(text).toContain('[nummer]')
    expect(text).toContain('Bearer [verborgen]')
    expect(text).toContain('token=[verborgen]')
    // What is not personal stays readable.
    expect(text).toContain('kind-7')
    expect(text).toContain('http://127.0.0.1:4000/')
  })

  it('leaves times, dates, ports and ids alone', () => {
    const line = 'sync 2026-03-14T08:15:00.000Z poort 3030 apparaat pc-3f2a seq 12345678901 duur 1234 ms'
    expect(scrubText(line)).toBe(line)
  })

  it('hides secret keys whatever their value, keeps Errors as Errors and survives cycles', () => {
    const cyclic: Record<string, unknown> = { pin: '1234' }
    cyclic['self'] = cyclic
    expect(scrubValue(cyclic)).toEqual({ pin: '[verborgen]', self: '[kring]' })
    const scrubbed = scrubValue(new TypeError('onbekend adres a@b.nl'))
    expect(scrubbed).toBeInstanceOf(Error)
    expect((scrubbed as Error).name).toBe('TypeError')
    expect((scrubbed as Error).message).toBe('onbekend adres [e-mail]')
  })
})

describe('console and uncaught errors reach the file', () => {
  it('routes console output and process errors into the log', async () => {
    const log = fresh()
    const target = { error: () => {}, warn: () => {}, info: () => {}, log: () => {} } as unknown as Console
    routeConsoleToLog(log, target)
    target.error('bridge handler failed', new Error('kapot bij 06 1234 5678'))
    const proc = new EventEmitter()
    logUncaughtErrors(log, proc)
    proc.emit('uncaughtException', new Error('onverwacht'))
    proc.emit('unhandledRejection', 'weigering')
    const text = await readFile(log.file, 'utf8')
    expect(text).toContain('bridge handler failed')
    expect(text).toContain('kapot bij [telefoon]')
    expect(text).toMatch(/\[error\] onverwachte fout \(uncaughtException\) Error: onverwacht/)
    expect(text).toContain('onverwachte fout (unhandledRejection) weigering')
  })
})
