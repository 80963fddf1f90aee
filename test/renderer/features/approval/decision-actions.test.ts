// The decisions a request offers (R20) and their order (R11: without room, Afkeuren and Wachtlijst first).
import { describe, expect, it } from 'vitest'
import { actionsFor, isDecisionAction } from '../../../../renderer/src/features/approval/decision-actions'

describe('decision actions', () => {
  it('a new request with room: Goedkeuren first; a full group: Afkeuren and Wachtlijst first', () => {
    expect(actionsFor('ingediend', true)).toEqual(['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd'])
    expect(actionsFor('ingediend', null)).toEqual(['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd'])
    expect(actionsFor('ingediend', false)).toEqual(['afgekeurd', 'wachtlijst', 'goedgekeurd', 'verwijderd'])
  })

  it('the waiting list offers no Wachtlijst again; decided requests offer nothing here', () => {
    expect(actionsFor('wachtlijst', false)).toEqual(['afgekeurd', 'goedgekeurd', 'verwijderd'])
    for (const status of ['goedgekeurd', 'afgekeurd', 'verwijderd', 'geannuleerd'] as const) expect(actionsFor(status, true)).toEqual([])
  })

  it('knows its own values', () => {
    expect(isDecisionAction('wachtlijst')).toBe(true)
    expect(isDecisionAction('geannuleerd')).toBe(false)
  })
})
