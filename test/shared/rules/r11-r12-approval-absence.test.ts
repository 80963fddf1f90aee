import { describe, expect, it } from 'vitest'
import { canApproveWithoutRoom, canUndoAbsence, groupRoom, requireReason } from '../../../shared/rules'

describe('R11 approval and room', () => {
  it.each([
    [16, 14, true, 2], [16, 15, true, 1], [16, 16, false, 0], [16, 17, false, 0], [22, 0, true, 22], [0, 0, false, 0],
  ])('capacity %i with %i expected → room %s, %i left', (capacity, expected, room, left) => {
    expect(groupRoom({ capacity, expected })).toEqual({ room, left })
  })

  it('approving without room needs a reason, which must say something', () => {
    expect(canApproveWithoutRoom()).toMatchObject({ ok: false, code: 'geen-plek-reden-verplicht' })
    expect(canApproveWithoutRoom('   ')).toMatchObject({ ok: false, code: 'geen-plek-reden-verplicht' })
    expect(canApproveWithoutRoom('Broertje zit al in de groep, overleg met manager')).toEqual({ ok: true })
  })
})

describe('R12 absence is final for the parent', () => {
  it('a parent cannot undo an absence; staff may correct one, with a reason', () => {
    expect(canUndoAbsence('ouder')).toMatchObject({ ok: false, code: 'afwezigheid-definitief' })
    expect(canUndoAbsence('medewerker')).toEqual({ ok: true })
    expect(requireReason('')).toMatchObject({ ok: false, code: 'reden-verplicht' })
    expect(requireReason('verkeerd kind aangeklikt')).toEqual({ ok: true })
  })
})
