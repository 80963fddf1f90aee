// A location's groups (SPEC §7: 4–8 per location, a mix of KDV, PG, VSO and BSO).
import type { CareType } from '../domain/enums'
import type { Group } from '../domain/types'
import { ageMonths, groupDayParts } from './care'
import { groupNames } from './names'
import type { DemoLocationFrame } from './organisation'
import type { Rng } from './prng'

/** Which care types a location of n groups has: day care first, then after-school care. */
function composition(count: number): CareType[] {
  const kdv = count >= 7 ? 3 : 2
  const pg = count >= 5 ? 1 : 0
  const vso = count >= 6 ? 1 : 0
  const bso = count - kdv - pg - vso
  return [...Array<CareType>(kdv).fill('KDV'), ...Array<CareType>(pg).fill('PG'), ...Array<CareType>(vso).fill('VSO'), ...Array<CareType>(bso).fill('BSO')]
}

export function locationSlug(locationId: string): string {
  return locationId.replace(/^loc-/, '')
}

export function buildGroups(rng: Rng, frame: DemoLocationFrame, count: number): Group[] {
  const careTypes = composition(count)
  const used = new Set<string>()
  const bsoCount = careTypes.filter((c) => c === 'BSO').length
  let bsoIndex = 0
  return careTypes.map((careType, i) => {
    const names = groupNames[careType].filter((n) => !used.has(n))
    const name = rng.pick(names.length > 0 ? names : groupNames[careType])
    used.add(name)
    let ages = ageMonths[careType]
    if (careType === 'BSO' && bsoCount > 1) {
      // Several BSO groups: the youngest (4–7) apart from the older children (7–13).
      ages = bsoIndex === 0 ? { from: 48, to: 84 } : { from: 84, to: ageMonths.BSO.to }
      bsoIndex++
    }
    return {
      id: `grp-${locationSlug(frame.id)}-${i + 1}`,
      name,
      careType,
      dayParts: groupDayParts[careType].map((p) => ({ ...p })),
      ageFromMonths: ages.from,
      ageToMonths: ages.to,
    }
  })
}
