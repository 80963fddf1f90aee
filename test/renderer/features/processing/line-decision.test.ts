import { describe, expect, it } from 'vitest'
import { validateDocument } from '../../../../shared/domain'
import { processedDecision, rejectedDecision } from '../../../../renderer/src/features/processing/line-decision'
import { bram, clerk, line, lisa } from './fixtures'

describe('decision documents', () => {
  it('book a line on invoice with R15\'s invoice date, or included without one, under the line\'s one decision id', () => {
    const billed = processedDecision(line('l-1', lisa, 'factuur', { date: '2026-11-23' }), 'factuur', clerk)
    expect(billed).toEqual({
      id: 'verwerking:l-1', kind: 'verwerkt', locationId: 'loc-1', targetId: 'l-1', date: '2026-11-23',
      data: { billing: 'factuur', invoiceDate: '2026-12-10' }, ...clerk,
    })
    const included = processedDecision(line('l-2', bram, 'inclusief'), 'inclusief', clerk)
    expect(included.data).toEqual({ billing: 'inclusief' })
    expect(validateDocument('journal', billed)).toEqual({ ok: true })
    expect(validateDocument('journal', included)).toEqual({ ok: true })
  })

  it('reject only with a reason, under the same id as a booking would have', () => {
    const l = line('l-1', lisa, 'factuur')
    expect(rejectedDecision(l, '   ', clerk)).toBeNull()
    expect(rejectedDecision(l, 'x'.repeat(2001), clerk)).toBeNull()
    const rejected = rejectedDecision(l, '  Kind was ziek gemeld.  ', clerk)
    expect(rejected).toMatchObject({ id: processedDecision(l, 'factuur', clerk).id, kind: 'afgewezen', reason: 'Kind was ziek gemeld.' })
    expect(validateDocument('journal', rejected)).toEqual({ ok: true })
  })
})
