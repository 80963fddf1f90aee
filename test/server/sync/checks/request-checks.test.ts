// R20 on a pushed request: a valid path of decisions that ends in its status, conditions of single
// steps (R11, R13), the first decision on a state wins, and R1 on submission.
import { describe, expect, it } from 'vitest'
import type { SyncDoc } from '../../../../shared/sync'
import { checkDocument } from '../../../../server/sync/validate-push'
import { decided, now, request } from './documents'

type Pushed = ReturnType<typeof request>
const check = (doc: Pushed, stored?: SyncDoc, assumed: SyncDoc | undefined = stored) =>
  checkDocument('requests', doc, { stored, assumed, now, caller: null })

const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const submitted = request()

describe('a request\'s decisions (R20)', () => {
  it('accepts every path the state graph allows, each decision after the stored ones', () => {
    const waiting = decided(submitted, 'wachtlijst', 'piet.bakker', t('08:00'))
    const approved = decided(waiting, 'goedgekeurd', 'piet.bakker', t('08:10'))
    expect(check(waiting, submitted)).toBeNull()
    expect(check(approved, waiting)).toBeNull()
    // Decided at once by staff (F3) and pushed as one new document.
    expect(check(decided(request({ submittedVia: 'medewerker', by: 'piet.bakker' }), 'goedgekeurd', 'piet.bakker', t('08:00')))).toBeNull()
  })

  it('refuses a step the graph does not allow, and any step after a final state', () => {
    const approved = decided(submitted, 'goedgekeurd', 'piet.bakker', t('08:00'))
    expect(check(decided(approved, 'wachtlijst', 'piet.bakker', t('08:05')), approved)?.code).toBe('ongeldige-overgang')
    const rejected = decided(submitted, 'afgekeurd', 'piet.bakker', t('08:00'))
    expect(check(decided(rejected, 'goedgekeurd', 'piet.bakker', t('08:05')), rejected)?.code).toBe('status-definitief')
    expect(check(decided(submitted, 'ingediend', 'piet.bakker', t('08:00')))?.code).toBe('ongeldige-overgang')
  })

  it('refuses a status that is not where the decisions lead', () => {
    expect(check({ ...submitted, status: 'goedgekeurd' })?.code).toBe('status-past-niet-bij-besluiten')
    const approved = decided(submitted, 'goedgekeurd', 'piet.bakker', t('08:00'))
    expect(check({ ...approved, status: 'ingediend' }, submitted)?.code).toBe('status-past-niet-bij-besluiten')
  })

  it('approves without room only with a reason (R11)', () => {
    expect(check(decided(submitted, 'goedgekeurd', 'piet.bakker', t('08:00'), { withoutRoom: true }), submitted)?.code).toBe('geen-plek-reden-verplicht')
    expect(check(decided(submitted, 'goedgekeurd', 'piet.bakker', t('08:00'), { withoutRoom: true, reason: 'Extra medewerker.' }), submitted)).toBeNull()
  })

  it('cancels an approved request: staff with a reason, a Q-block by the parent 10 or more days ahead (R13)', () => {
    const approved = decided(submitted, 'goedgekeurd', 'piet.bakker', t('08:00'))
    expect(check(decided(approved, 'geannuleerd', 'piet.bakker', t('08:30')), approved)?.code).toBe('annuleren-reden-verplicht')
    expect(check(decided(approved, 'geannuleerd', 'piet.bakker', t('08:30'), { reason: 'Ziek.' }), approved)).toBeNull()

    const qBlock = decided(request({ kind: 'Q-blok', contract: 'qflexibel', payment: 'flexuren', date: '2026-12-03' }), 'goedgekeurd', 'planner', t('08:00'))
    // 3 December is 10 days after 23 November: still in time; a day later it is not.
    expect(check(decided(qBlock, 'geannuleerd', 'ouderportaal', t('08:30')), qBlock)).toBeNull()
    const lateQBlock = { ...qBlock, date: '2026-12-02' }
    expect(check(decided(lateQBlock, 'geannuleerd', 'ouderportaal', t('08:30')), lateQBlock)?.code).toBe('qblok-te-laat')
  })
})

describe('the first decision on a state wins (R20)', () => {
  const approvedByPiet = decided(submitted, 'goedgekeurd', 'piet.bakker', t('08:00'))
  const rejectedBySanne = decided(submitted, 'afgekeurd', 'sanne.jansen', t('08:02'))

  it('refuses a different decision on the same state as a conflict, naming the winner', () => {
    // PC B decided offline on `ingediend`; PC A's approval reached the server first.
    expect(check(rejectedBySanne, approvedByPiet, submitted)).toEqual({
      kind: 'conflict', code: 'besluit-conflict', message: expect.stringContaining('andere PC'),
      winner: { by: 'piet.bakker', at: t('08:00') },
    })
  })

  it('finds the race further down the path too', () => {
    const waiting = decided(submitted, 'wachtlijst', 'piet.bakker', t('08:00'))
    const approved = decided(waiting, 'goedgekeurd', 'piet.bakker', t('09:00'))
    const deleted = decided(waiting, 'verwijderd', 'sanne.jansen', t('08:59'))
    expect(check(deleted, approved, waiting)).toMatchObject({ kind: 'conflict', winner: { by: 'piet.bakker', at: t('09:00') } })
  })

  it('lets the same decision through (two PCs that both approved, or a retry): compare-and-set answers the rest', () => {
    expect(check(decided(submitted, 'goedgekeurd', 'sanne.jansen', t('08:02')), approvedByPiet, submitted)).toBeNull()
    expect(check(approvedByPiet, approvedByPiet, submitted)).toBeNull()
  })

  it('lets a PC that is behind through, but not one that claims the stored state and drops a decision', () => {
    const edited = { ...submitted, remarks: 'Graag om 8 uur.' }
    expect(check(edited, approvedByPiet, submitted)).toBeNull()
    expect(check(edited, approvedByPiet, approvedByPiet)?.code).toBe('besluit-gewist')
  })
})

describe('submission window (R1)', () => {
  it('judges a new request on the day it was submitted, for whoever submitted it', () => {
    // Submitted by a parent on 20 November for 2 December: 12 days ahead.
    expect(check(submitted)).toBeNull()
    expect(check(request({ date: '2026-11-20', at: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z' }))?.code).toBe('datum-verleden')
    // 22 November for 25 November: 3 days ahead, staff only.
    const late = request({ date: '2026-11-25', at: '2026-11-22T10:00:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z' })
    expect(check(late)?.code).toBe('te-kort-van-tevoren')
    expect(check({ ...late, submittedVia: 'medewerker', by: 'piet.bakker' })).toBeNull()
  })

  it('does not judge the window again when decisions follow', () => {
    const old = request({ date: '2026-11-20', at: '2026-11-10T10:00:00.000Z', updatedAt: '2026-11-10T10:00:00.000Z' })
    expect(check(decided(old, 'goedgekeurd', 'piet.bakker', t('08:00')), old)).toBeNull()
  })
})
