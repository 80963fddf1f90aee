// How many qualified staff a group needs for the children present (beroepskracht-kindratio, BKR).
// Pure: the caller passes the date the ages are taken on; no clock is read.
//
// Source: Besluit kwaliteit kinderopvang, BWBR0039936 (2020-10-01), Bijlage 1 tabel 1 and 2, and the
// official calculator https://www.1ratio.nl (see staff-ratio-tables.ts). What was found, not legal advice.
//
// Why not simply "look up the row of the ages present": read literally, the table is not monotone. Eleven
// 1-year-olds need 3 staff (row 1–2), but add one 3-year-old and row 1–4 allows 13 children with 2; seven
// babies need 3 staff (row 0–1), add one 1-year-old and row 0–2 allows 8 with 2. The law adds rekenregels
// after the table for this (not in BKR.md). We take the conservative reading that needs no more than the
// table: a group needs at least what any part of it would need on its own, i.e. the maximum of the table
// lookup over every sub-group (by count per age band). Adding a child can then never lower the requirement,
// and babies always get at least the staff the 0–1 row gives them. At most 5^4 (KDV, 16 children) or
// 16^2 (BSO, 30 children) sub-groups, so this stays cheap.
import { dateParts } from '../calendar'
import {
  afterSchoolRows, dayCareAllUnderOneMax, dayCareGroupMax, dayCareRows, mixedUnderOneMax, type RatioRow,
} from './staff-ratio-tables'

export type RatioCareType = 'KDV' | 'PG' | 'BSO'

export type StaffRatioInput = { careType: RatioCareType; date: string; birthDates: readonly string[] }

export const staffRatioMessages = {
  'groep-te-groot': 'Te veel kinderen voor één groep: zoveel kinderen laat de beroepskracht-kindratio niet toe.',
  'te-veel-onder-1': `In een groep met kinderen van verschillende leeftijden mogen hoogstens ${mixedUnderOneMax} kinderen jonger dan 1 jaar zijn.`,
  'te-veel-4-tot-7': 'Te veel kinderen van 4 tot 7 jaar voor deze gemengde BSO-groep.',
  'nog-niet-geboren': 'Een geboortedatum ligt na de datum van de berekening.',
} as const

export type StaffRatioCode = keyof typeof staffRatioMessages

export type StaffRatioResult =
  | { ok: true; staff: number; ageGroup: string }
  | { ok: false; code: StaffRatioCode; message: string }

/** Age in whole years on `date` (0 until the first birthday). Someone born on 29 February turns a year older on 1 March in other years. */
export function ageInYears(birthDate: string, date: string): number {
  const b = dateParts(birthDate)
  const d = dateParts(date)
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day)
  return d.year - b.year - (hadBirthday ? 0 : 1)
}

/** Day care band: 0 = under 1 … 3 = 3–4. A child of 4 or older still in a KDV/PG group (waiting to start
 *  school) is counted in the top band: tabel 1 stops at 4 because day care ends at school age, and 3–4 is
 *  the row that describes such a child best (the most children per staff, as for 3-year-olds). */
function dayCareBand(age: number): number {
  return Math.min(age, 3)
}

/** BSO band: 0 = 4–7, 1 = 7 to the end of primary school, taken as 7 up to 13. A child under 4 counts as
 *  4–7 (the stricter band); one of 13 or older, still on a BSO list, counts in the upper band. */
function afterSchoolBand(age: number): number {
  return age < 7 ? 0 : 1
}

type Lookup = { ok: true; staff: number; ageGroup: string } | { ok: false; code: StaffRatioCode }

/** The table lookup for one composition (children per band), before the sub-group rule. */
function lookup(rows: Readonly<Record<string, RatioRow>>, counts: readonly number[], careType: RatioCareType): Lookup {
  const total = counts.reduce((sum, n) => sum + n, 0)
  if (total === 0) return { ok: true, staff: 0, ageGroup: 'geen kinderen' }
  const present = counts.flatMap((n, band) => (n > 0 ? [band] : []))
  const low = present[0] ?? 0
  const high = present[present.length - 1] ?? 0
  const row = rows[`${low}-${high}`]
  if (!row) throw new RangeError(`No ratio row for bands ${low}-${high}`)
  const young = counts[0] ?? 0
  if (careType !== 'BSO') {
    if (total > dayCareGroupMax || (low === 0 && high === 0 && total > dayCareAllUnderOneMax)) return { ok: false, code: 'groep-te-groot' }
  }
  for (const [index, options] of row.columns.entries()) {
    if (options?.some((o) => total <= o.max && (o.maxYoung === undefined || young <= o.maxYoung))) {
      return { ok: true, staff: index + 1, ageGroup: row.ageGroup }
    }
  }
  // Refused: was it the number of youngest children (a column would take this many children) or the size?
  const fitsBySize = row.columns.some((options) => options?.some((o) => total <= o.max))
  if (!fitsBySize || low === high) return { ok: false, code: 'groep-te-groot' }
  return { ok: false, code: careType === 'BSO' ? 'te-veel-4-tot-7' : 'te-veel-onder-1' }
}

/** Every composition with at most `counts[i]` children in band i, the empty one included. */
function subGroups(counts: readonly number[]): number[][] {
  let result: number[][] = [[]]
  for (const n of counts) {
    const next: number[][] = []
    for (const prefix of result) for (let k = 0; k <= n; k++) next.push([...prefix, k])
    result = next
  }
  return result
}

function refusal(code: StaffRatioCode): StaffRatioResult {
  return { ok: false, code, message: staffRatioMessages[code] }
}

/** The least number of qualified staff the children present need, or why the group cannot be run at all. */
export function requiredStaff(a: StaffRatioInput): StaffRatioResult {
  const bso = a.careType === 'BSO'
  const rows = bso ? afterSchoolRows : dayCareRows
  const counts = bso ? [0, 0] : [0, 0, 0, 0]
  for (const birthDate of a.birthDates) {
    const age = ageInYears(birthDate, a.date)
    if (age < 0) return refusal('nog-niet-geboren')
    const band = bso ? afterSchoolBand(age) : dayCareBand(age)
    counts[band] = (counts[band] ?? 0) + 1
  }
  // The whole group first: a refusal here also bounds the sub-groups enumerated below (≤ 16 or 30 children).
  const whole = lookup(rows, counts, a.careType)
  if (!whole.ok) return refusal(whole.code)
  let staff = whole.staff
  for (const part of subGroups(counts)) {
    const result = lookup(rows, part, a.careType)
    if (!result.ok) return refusal(result.code)
    staff = Math.max(staff, result.staff)
  }
  return { ok: true, staff, ageGroup: whole.ageGroup }
}
