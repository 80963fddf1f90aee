import { describe, expect, it } from 'vitest'
import {
  absenceId, attendanceDayId, attendanceEntryRef, ledgerIds, lineDecisionId, signupSheetId, studyDayId,
} from '../../../shared/domain'

describe('deterministic ids', () => {
  it('compose natural keys in the documented order', () => {
    expect(attendanceDayId('2026-11-23', 'grp-a-1')).toBe('2026-11-23:grp-a-1')
    expect(attendanceEntryRef('2026-11-23', 'grp-a-1', 'kind-7')).toBe('2026-11-23:grp-a-1:kind-7')
    expect(absenceId('2026-11-23', 'kind-7', 'hele dag')).toBe('2026-11-23:kind-7:hele dag')
    expect(studyDayId('school-x', '2026-12-04')).toBe('school-x:2026-12-04')
    expect(signupSheetId('loc-a', '2026-12-04')).toBe('loc-a:2026-12-04')
  })

  it('derive ledger and journal ids from their source, one per kind of movement', () => {
    const absence = absenceId('2026-11-23', 'kind-7', 'ochtend')
    expect(ledgerIds.earnedFromAbsence(absence)).toBe('opgebouwd:2026-11-23:kind-7:ochtend')
    const request = 'req-1'
    const ids = [ledgerIds.reservation(request), ledgerIds.spent(request), ledgerIds.release(request), ledgerIds.refund(request)]
    expect(ids).toEqual(['gereserveerd:req-1', 'besteed:req-1', 'vrijgegeven:req-1', 'teruggeboekt:req-1'])
    expect(lineDecisionId('line-9')).toBe('verwerking:line-9')
  })

  it('give two PCs creating the same fact the same id', () => {
    const onPcA = absenceId('2026-11-23', 'kind-7', 'middag')
    const onPcB = absenceId('2026-11-23', 'kind-7', 'middag')
    expect(onPcA).toBe(onPcB)
    expect(absenceId('2026-11-23', 'kind-7', 'ochtend')).not.toBe(onPcA)
  })
})
