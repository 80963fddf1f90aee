// The words of the BKR check (ratio-check.ts): the queue row's short marker and the detail's sentence,
// with whether the sentence is a warning (role="alert") or information (role="status").
import type { MessageKey } from '../../i18n/nl'
import type { Translate } from '../../i18n/translate'
import { ratioBroken, type RatioCheck } from './ratio-check'

export type RatioMarker = 'fits' | 'short' | 'noStaff' | 'none' | 'unknown'

export function ratioMarker(check: RatioCheck | null): RatioMarker {
  if (check === null) return 'unknown'
  if (check.kind === 'none') return 'none'
  if (ratioBroken(check)) return 'short'
  return check.kind === 'counted' && check.noStaff ? 'noStaff' : 'fits'
}

export const markerKeys: Record<RatioMarker, MessageKey> = {
  fits: 'approval.ratio.fits', short: 'approval.ratio.short', noStaff: 'approval.ratio.noStaff',
  none: 'approval.ratio.none', unknown: 'approval.ratio.unknown',
}

/** The detail's sentence(s): `alert` when the request breaks the ratio with the staff planned. */
export function ratioSentence(t: Translate, check: RatioCheck): { alert: boolean; text: string } {
  if (check.kind === 'none') return { alert: false, text: t('approval.ratio.noRatio') }
  if (check.kind === 'refused') return { alert: true, text: t('approval.ratio.refused', { message: check.message }) }
  const numbers = { required: check.required, planned: check.planned }
  if (check.noStaff) return { alert: false, text: `${t('approval.ratio.counts', numbers)}. ${t('approval.ratio.noStaffText')}.` }
  return check.fits ? { alert: false, text: t('approval.ratio.counts', numbers) } : { alert: true, text: t('approval.ratio.broken', numbers) }
}
