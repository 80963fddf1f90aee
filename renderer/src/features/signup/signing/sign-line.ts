// The command behind `Ondertekenen`: the line is written to the local database first (that is "saved",
// SPEC §6: the replication takes it to the server), and only after that write resolved main is told
// the draft is signed. Retrying is safe: the line's id is chosen once per draft (line-id-store.ts), so
// a double click, a reload before main heard of it, or a retry of the second step never makes two lines.
import type { RxCollection } from 'rxdb'
import type { Bridge, SessionState, SigningDraft } from '../../../../../shared/api'
import type { Child, Signature, SignupLine } from '../../../../../shared/domain'
import { insertFact } from '../../attendance/insert-fact'
import { signupLine, type SignupLineRefusal } from './signup-line'

export interface SignLineDeps {
  db: { signuplines: RxCollection<SignupLine>; children: RxCollection<Child> }
  bridge: Pick<Bridge, 'invoke'>
}

export interface SignLineInput {
  sheetId: string
  draft: SigningDraft
  signature: Signature
  /** The id this draft's line gets; the same on every attempt for one draft. */
  lineId: string
  now: Date
  by: string
  device: string
}

export type SignLineOutcome =
  /** Stored (or stored by an earlier attempt) and main cleared the draft. */
  | { kind: 'signed'; lineId: string; state: SessionState }
  /** Nothing written: the child is not on this PC, or the line cannot be made (signup-line.ts). */
  | { kind: 'refused'; code: SignupLineRefusal | 'kind-onbekend' }
  /** The line is stored, but main did not take the news: only confirmSigned needs repeating. */
  | { kind: 'saved'; lineId: string; error: unknown }

export async function signLine(deps: SignLineDeps, input: SignLineInput): Promise<SignLineOutcome> {
  const child = await deps.db.children.findOne(input.draft.childId).exec()
  if (!child) return { kind: 'refused', code: 'kind-onbekend' }
  const made = signupLine({
    id: input.lineId, sheetId: input.sheetId, draft: input.draft, child: child.toMutableJSON(), signature: input.signature,
    now: input.now, by: input.by, device: input.device,
  })
  if (!made.ok) return { kind: 'refused', code: made.code }
  // False means an earlier attempt stored it already: that line, signed first, stands (append-only).
  await insertFact(deps.db.signuplines, made.line)
  return confirmSigned(deps.bridge, input.lineId)
}

/** Tells main the draft is signed (it clears the draft; Tekenmodus stays until staff leave it). */
export async function confirmSigned(bridge: Pick<Bridge, 'invoke'>, lineId: string): Promise<SignLineOutcome> {
  try {
    return { kind: 'signed', lineId, state: await bridge.invoke('session.signing.signed', {}) }
  } catch (error) {
    return { kind: 'saved', lineId, error }
  }
}
