// `Intrekken`: a signed line is never edited (F6); it is withdrawn by a fact of its own in the journal,
// with the reason, one per line (lineWithdrawalId) whichever PC takes it. Only a line that stands as
// getekend can be withdrawn; once customer service decided, the location no longer can.
import type { RxCollection } from 'rxdb'
import type { JournalEntry, SignupLine } from '../../../../shared/domain'
import { lineWithdrawalId } from '../../../../shared/domain'
import type { SignupLineStatus } from '../../../../shared/rules'
import { insertFact } from '../attendance/insert-fact'

export type WithdrawError = 'reden-verplicht' | 'niet-getekend' | 'lijst-gesloten'

export interface Withdrawal {
  line: Pick<SignupLine, 'id' | 'locationId' | 'date'>
  status: SignupLineStatus
  sheetClosed: boolean
  reason: string
  by: string
  device: string
  at: string
}

export function withdrawalFact(w: Withdrawal): { ok: true; fact: JournalEntry } | { ok: false; code: WithdrawError } {
  if (w.sheetClosed) return { ok: false, code: 'lijst-gesloten' }
  if (w.status !== 'getekend') return { ok: false, code: 'niet-getekend' }
  const reason = w.reason.trim()
  if (reason === '') return { ok: false, code: 'reden-verplicht' }
  return {
    ok: true,
    fact: {
      id: lineWithdrawalId(w.line.id), kind: 'intrekking', locationId: w.line.locationId, targetId: w.line.id, date: w.line.date,
      reason, by: w.by, device: w.device, at: w.at,
    },
  }
}

/** Stores the withdrawal; `existing` when another PC withdrew the line first (its reason stands). */
export async function withdrawLine(
  journal: RxCollection<JournalEntry>, w: Withdrawal,
): Promise<{ ok: true; stored: boolean } | { ok: false; code: WithdrawError }> {
  const verdict = withdrawalFact(w)
  if (!verdict.ok) return verdict
  return { ok: true, stored: await insertFact(journal, verdict.fact) }
}
