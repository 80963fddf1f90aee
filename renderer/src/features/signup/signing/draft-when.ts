// How long the child comes, as the sheet shows it too: a day part (`Hele dag`, `Ochtend`, `Middag`)
// or the times agreed with the parent (`08:30–17:00`, with an en dash).
import type { SigningDraft } from '../../../../../shared/api'
import type { Translate } from '../../../i18n/translate'

export function draftWhen(draft: Pick<SigningDraft, 'dayPart' | 'times'>, t: Translate): string {
  if (draft.times) return t('signing.times', { start: draft.times.start, end: draft.times.end })
  switch (draft.dayPart ?? 'hele dag') {
    case 'ochtend': return t('signing.dayPart.ochtend')
    case 'middag': return t('signing.dayPart.middag')
    default: return t('signing.dayPart.heleDag')
  }
}
