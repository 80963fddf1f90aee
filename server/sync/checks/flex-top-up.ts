// R14: customer service tops up a Qflexibel balance until 1 July (inclusive), judged on the day of
// the top-up itself (its `at`, SPEC §4), not the day it reaches the server.
import type { LedgerEntry } from '../../../shared/domain'
import { amsterdamDate } from '../../../shared/calendar'
import { canTopUpFlex } from '../../../shared/rules'
import type { DocumentCheck } from './check'
import { fromVerdict } from './refusal'

export const flexTopUpInTime: DocumentCheck<LedgerEntry> = ({ doc, stored }) => {
  if (doc.kind !== 'opgewaardeerd' || stored !== undefined || doc._deleted) return null
  return fromVerdict(canTopUpFlex(amsterdamDate(new Date(doc.at))))
}
