// What `Laten tekenen` hands to Tekenmodus (shared/api SigningDraft): the line the parent is about to
// sign, checked first, because once signed a line is never edited, only withdrawn.
import type { SigningDraft } from '../../../../shared/api'
import { checkTimeRange, type TimeRangeError } from './time-range'

export type DayChoice = 'hele dag' | 'tijden'

export interface DraftForm {
  childId: string | null
  /** The chosen child has a line that stands already. */
  signedUp: boolean
  dayChoice: DayChoice
  van: string
  tot: string
  parentName: string
}

export type DraftError = 'geen-kind' | 'al-ingeschreven' | 'naam-ouder' | TimeRangeError

export type DraftVerdict = { ok: true; draft: SigningDraft } | { ok: false; code: DraftError }

export function signingDraft(form: DraftForm): DraftVerdict {
  if (form.childId === null) return { ok: false, code: 'geen-kind' }
  if (form.signedUp) return { ok: false, code: 'al-ingeschreven' }
  const parentName = form.parentName.trim().replace(/\s+/g, ' ')
  if (parentName === '') return { ok: false, code: 'naam-ouder' }
  if (form.dayChoice === 'hele dag') return { ok: true, draft: { childId: form.childId, dayPart: 'hele dag', parentName } }
  const times = checkTimeRange(form.van, form.tot)
  if (!times.ok) return { ok: false, code: times.code }
  return { ok: true, draft: { childId: form.childId, times: { start: times.start, end: times.end }, parentName } }
}
