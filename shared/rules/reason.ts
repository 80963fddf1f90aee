// Corrections, approvals without room and cancellations need a recorded reason (R11, R12, R20):
// whitespace alone is no reason.
import { allow, refuse, type Verdict } from './verdict'

export function hasReason(reason: string | undefined): boolean {
  return (reason ?? '').trim() !== ''
}

export function requireReason(reason: string | undefined): Verdict {
  return hasReason(reason) ? allow() : refuse('reden-verplicht')
}
