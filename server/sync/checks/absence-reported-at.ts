// R4: `gemeld om` may be set earlier than the moment of entry on the same day, never later, so no
// hours are earned by back-dating past midnight. The document says both: reportedAt and `at`.
import type { Absence } from '../../../shared/domain'
import { validReportedAt } from '../../../shared/rules'
import type { DocumentCheck } from './check'
import { fromVerdict } from './refusal'

export const absenceReportedAt: DocumentCheck<Absence> = ({ doc }) =>
  fromVerdict(validReportedAt({ reportedAt: new Date(doc.reportedAt), enteredAt: new Date(doc.at) }))
