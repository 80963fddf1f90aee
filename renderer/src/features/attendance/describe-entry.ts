// An attendance entry in staff's words ("Inchecken 08:05, Uitchecken 12:00"), for notices of changes
// that lost a conflict or were refused (F7). Given the entry it lost to, only what differs is named.
import type { AttendanceEntry } from '../../../../shared/domain'
import { clockTime as clock } from '../../i18n/format-instant'
import type { Translate } from '../../i18n/translate'

function parts(t: Translate, entry: Pick<AttendanceEntry, 'checkIn' | 'checkOut' | 'wentHome'>, other?: Pick<AttendanceEntry, 'checkIn' | 'checkOut' | 'wentHome'>): string[] {
  const out: string[] = []
  if (entry.checkIn && entry.checkIn !== other?.checkIn) out.push(`${t('attendance.checkIn')} ${clock(entry.checkIn)}`)
  if (entry.checkOut && entry.checkOut !== other?.checkOut) out.push(`${t('attendance.checkOut')} ${clock(entry.checkOut)}`)
  if (entry.wentHome && !other?.wentHome) out.push(t('attendance.wentHome'))
  return out
}

export function describeEntry(t: Translate, entry: Pick<AttendanceEntry, 'checkIn' | 'checkOut' | 'wentHome'>, comparedWith?: Pick<AttendanceEntry, 'checkIn' | 'checkOut' | 'wentHome'>): string {
  const differing = comparedWith ? parts(t, entry, comparedWith) : []
  return (differing.length > 0 ? differing : parts(t, entry)).join(', ')
}
