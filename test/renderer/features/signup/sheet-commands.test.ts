// The sheet's commands against a real RxDB database (memory storage, validation and encryption as the
// app opens it): opening makes the sheet once, a withdrawal is one fact per line, a close happens once.
import { describe, expect, it } from 'vitest'
import { memoryPcs } from '../../support/memory-pc'
import { closeSheet } from '../../../../renderer/src/features/signup/close-sheet'
import { ensureSheet } from '../../../../renderer/src/features/signup/open-sheet'
import { withdrawalFact, withdrawLine, type Withdrawal } from '../../../../renderer/src/features/signup/withdraw-line'
import { date, line } from './fixtures'

const pc = memoryPcs('sheets', ['signupsheets', 'journal'])

describe('opening and closing a sheet', () => {
  it('makes the open sheet once, on the id of location and date', async () => {
    const db = await pc()
    expect(await ensureSheet(db.signupsheets, { locationId: 'loc-1', date, at: '2026-11-20T08:00:00.000Z' })).toBe(true)
    expect(await ensureSheet(db.signupsheets, { locationId: 'loc-1', date, at: '2026-11-20T08:05:00.000Z' })).toBe(false)
    expect((await db.signupsheets.find().exec()).map((d) => d.toJSON())).toEqual([
      { id: 'loc-1:2026-12-02', locationId: 'loc-1', date, status: 'open', updatedAt: '2026-11-20T08:00:00.000Z' },
    ])
  })

  it('closes with who and when, once; the first close stands', async () => {
    const db = await pc()
    await ensureSheet(db.signupsheets, { locationId: 'loc-1', date, at: '2026-11-20T08:00:00.000Z' })
    expect(await closeSheet(db.signupsheets, { locationId: 'loc-1', date, by: 'mw-1', at: '2026-12-01T18:00:00.000Z' })).toBe(true)
    expect(await closeSheet(db.signupsheets, { locationId: 'loc-1', date, by: 'mw-2', at: '2026-12-01T18:30:00.000Z' })).toBe(false)
    expect((await db.signupsheets.findOne('loc-1:2026-12-02').exec())?.toJSON()).toEqual({
      id: 'loc-1:2026-12-02', locationId: 'loc-1', date, status: 'gesloten', closedBy: 'mw-1', closedAt: '2026-12-01T18:00:00.000Z', updatedAt: '2026-12-01T18:00:00.000Z',
    })
  })

  it('closes a sheet this PC never opened', async () => {
    const db = await pc()
    expect(await closeSheet(db.signupsheets, { locationId: 'loc-1', date, by: 'mw-1', at: '2026-12-01T18:00:00.000Z' })).toBe(true)
    expect((await db.signupsheets.findOne('loc-1:2026-12-02').exec())?.status).toBe('gesloten')
  })
})

describe('withdrawing a line', () => {
  const w: Withdrawal = {
    line: line('l-1', 'k-1'), status: 'getekend', sheetClosed: false, reason: '  Oma past op. ', by: 'mw-1', device: 'pc-a', at: '2026-11-21T09:00:00.000Z',
  }

  it('is one journal fact per line with the reason; a second withdrawal keeps the first', async () => {
    const db = await pc()
    expect(await withdrawLine(db.journal, w)).toEqual({ ok: true, stored: true })
    expect(await withdrawLine(db.journal, { ...w, reason: 'anders', by: 'mw-2', device: 'pc-b' })).toEqual({ ok: true, stored: false })
    expect((await db.journal.find().exec()).map((d) => d.toJSON())).toEqual([{
      id: 'intrekking:l-1', kind: 'intrekking', locationId: 'loc-1', targetId: 'l-1', date, reason: 'Oma past op.', by: 'mw-1', device: 'pc-a', at: '2026-11-21T09:00:00.000Z',
    }])
  })

  it('needs a reason, a signed line and an open sheet', () => {
    expect(withdrawalFact({ ...w, reason: ' ' })).toEqual({ ok: false, code: 'reden-verplicht' })
    expect(withdrawalFact({ ...w, status: 'verwerkt' })).toEqual({ ok: false, code: 'niet-getekend' })
    expect(withdrawalFact({ ...w, status: 'ingetrokken' })).toEqual({ ok: false, code: 'niet-getekend' })
    expect(withdrawalFact({ ...w, sheetClosed: true })).toEqual({ ok: false, code: 'lijst-gesloten' })
  })
})
