// R1–R3: who may request extra care for which date. A parent asks through the portal 4–28 days
// ahead; closer than that, for a taxi child, or on a study day, only staff on the group can.
// Sign-up sheet lines for study days (F6) are not requests: this window does not apply to them.
import type { Actor } from '../domain/enums'
import { daysAhead, isDateString } from '../calendar'
import { parentRequestWindow } from './facts'
import { defaults } from './defaults'
import { allow, refuse, type Verdict } from './verdict'

export type RequestWindowInput = { date: string; today: string; by: Actor; taxi?: boolean; studyDay?: boolean }

export function requestWindow(a: RequestWindowInput): Verdict {
  if (!isDateString(a.date) || !isDateString(a.today)) return refuse('ongeldige-datum')
  const ahead = daysAhead(a.today, a.date)
  if (ahead < 0) return refuse('datum-verleden')

  if (a.by === 'medewerker') {
    const staff = defaults.staffRequestWindow
    if (ahead > staff.maxDaysAhead) return refuse('te-ver-vooruit')
    if (ahead < staff.minDaysAhead) return refuse('te-laat-aangevraagd')
    return allow()
  }

  const parent = parentRequestWindow
  // Beyond the horizon nobody can, so that answer comes before the staff-only ones.
  if (ahead > parent.maxDaysAhead) return refuse('te-ver-vooruit')
  // Taxi and study days are staff-only whatever the date (FAQ, in this order).
  if (a.taxi) return refuse('taxi-alleen-medewerker')
  if (a.studyDay) return refuse('studiedag-alleen-medewerker')
  if (ahead < parent.minDaysAhead) return refuse('te-kort-van-tevoren')
  return allow()
}
