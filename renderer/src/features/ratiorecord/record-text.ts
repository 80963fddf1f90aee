// The words of one group's record: its minutes below the ratio and the three-hour verdict, the same on
// screen and on paper. Minutes are whole and rounded up (three-hour-rule.ts wholeMinutes).
import { wholeMinutes, type ThreeHourCode } from '../../../../shared/rules'
import type { Translate } from '../../i18n/translate'
import type { GroupRecord } from './group-record'

export function minutesText(t: Translate, record: GroupRecord): string {
  const below = t('ratioRecord.minutesBelow', { minutes: wholeMinutes(record.timeline.minutesBelow) })
  const half = record.timeline.minutesBelowHalf
  return half > 0 ? `${below}, ${t('ratioRecord.minutesBelowHalf', { minutes: wholeMinutes(half) })}` : below
}

export function verdictText(t: Translate, record: GroupRecord): string {
  const { verdict, timeline } = record
  if (verdict.ok) return t('ratioRecord.within')
  const minutes: Record<ThreeHourCode, number> = {
    'te-lang-onder-ratio': timeline.minutesBelow,
    'onder-halve-bezetting': timeline.minutesBelowHalf,
    'groep-te-groot': timeline.minutesRefused,
  }
  const reasons = verdict.reasons.map((r) => t(`ratioRecord.reason.${r.code}`, { minutes: wholeMinutes(minutes[r.code]), allowed: verdict.allowedMinutes }))
  return t('ratioRecord.outside', { reasons: reasons.join(' ') })
}
