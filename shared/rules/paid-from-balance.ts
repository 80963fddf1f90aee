// R20: which requests hold a balance (and so need their reservation `gereserveerd:<id>`): swap hours,
// holiday days, flexible hours, and flexible hours combined with invoice when some flexible hours are
// in it. The PC (a warning, no approval without it) and the server (approval refused without it) ask this.
import type { Payment } from '../domain/enums'

export function paidFromBalance(request: { payment: Payment; flexHours?: number }): boolean {
  if (request.payment === 'flexuren+factuur') return (request.flexHours ?? 0) > 0
  return request.payment === 'ruiluren' || request.payment === 'vakantietegoed' || request.payment === 'flexuren'
}
