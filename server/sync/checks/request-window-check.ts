// R1: the window in which a request may be submitted, judged on the day it was submitted on the PC
// (`at`, SPEC §4), for whoever submitted it. Only a new request: later pushes of the same request
// carry decisions, not a new submission. R2 (taxi) and R3 (study days) need the child and the
// study days, which this document-only check does not read.
import type { Request } from '../../../shared/domain'
import { amsterdamDate } from '../../../shared/calendar'
import { requestWindow } from '../../../shared/rules'
import type { DocumentCheck } from './check'
import { fromVerdict } from './refusal'

export const submittedInWindow: DocumentCheck<Request> = ({ doc, stored }) => {
  if (stored !== undefined) return null
  return fromVerdict(requestWindow({ date: doc.date, today: amsterdamDate(new Date(doc.at)), by: doc.submittedVia }))
}
