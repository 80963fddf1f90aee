// SPEC §7: the demo organisation's opening times and capacities, and the ages that go with each care
// type (SPEC §2). Product defaults for demo data only; the rules never read these.
import type { CareType, ContractKind, DayPart } from '../domain/enums'
import type { GroupDayPart } from '../domain/types'

export const groupDayParts: Readonly<Record<CareType, readonly GroupDayPart[]>> = {
  KDV: [
    { dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 },
    { dayPart: 'middag', start: '13:00', end: '18:30', capacity: 16 },
    { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity: 16 },
  ],
  PG: [{ dayPart: 'ochtend', start: '08:30', end: '12:30', capacity: 16 }],
  VSO: [{ dayPart: 'voorschools', start: '07:30', end: '08:30', capacity: 20 }],
  BSO: [
    { dayPart: 'naschools', start: '15:00', end: '18:30', capacity: 22 },
    // Holidays and study days: a whole day of care.
    { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity: 22 },
  ],
}

/** Ages in whole months, [from, to): KDV 0–4 y, PG 2–4 y, VSO/BSO 4–13 y (primary school). */
export const ageMonths: Readonly<Record<CareType, { from: number; to: number }>> = {
  KDV: { from: 0, to: 48 },
  PG: { from: 24, to: 48 },
  VSO: { from: 48, to: 156 },
  BSO: { from: 48, to: 156 },
}

/** The youngest a KDV child starts: after the 10 weeks of maternity leave, in months. */
export const firstCareMonths = 3

/** Contracts per care type, with the demo's weights (SPEC §2: KDV/PG/VSO standaard, BSO schoolweken or 52-weken, a few qflexibel). */
export const contractWeights: Readonly<Record<CareType, readonly (readonly [ContractKind, number])[]>> = {
  KDV: [['standaard', 0.94], ['qflexibel', 0.06]],
  PG: [['standaard', 1]],
  VSO: [['standaard', 1]],
  BSO: [['schoolweken', 0.62], ['52-weken', 0.33], ['qflexibel', 0.05]],
}

export function dayPartOf(careType: CareType, dayPart: DayPart): GroupDayPart {
  const found = groupDayParts[careType].find((p) => p.dayPart === dayPart)
  if (!found) throw new RangeError(`${careType} has no day part ${dayPart}`)
  return found
}

