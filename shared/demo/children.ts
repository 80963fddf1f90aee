// The children of one location (SPEC §7: 100–250), with birth dates that match their care type,
// placements that fit the groups' capacity, some Qflexibel contracts and some ended placements (R17).
import type { ContractKind } from '../domain/enums'
import type { Child, Group, Placement } from '../domain/types'
import { ageMonths, contractWeights, firstCareMonths } from './care'
import { ageInMonths, dayAtAge, fromDay, amsterdamIso, type Day } from './days'
import { buildFamily, buildMedical } from './families'
import { locationSlug } from './groups'
import { boyNames, girlNames } from './names'
import type { DemoLocationFrame } from './organisation'
import { Occupancy, chooseWeekdays, drawPattern, slotsOf } from './placements'
import type { Rng } from './prng'

export interface ChildrenOptions {
  today: Day
  historyStart: Day
  /** Share of the groups' places the current children take (0–1). */
  fill: number
  minChildren: number
  maxChildren: number
}

interface Draft { child: Child; birth: Day }

function drawContract(rng: Rng, careType: Group['careType']): ContractKind {
  const options = contractWeights[careType].filter(([kind]) => kind !== 'qflexibel')
  let roll = rng.next() * options.reduce((sum, [, w]) => sum + w, 0)
  for (const [kind, weight] of options) {
    if ((roll -= weight) < 0) return kind
  }
  return options[0]?.[0] ?? 'standaard'
}

/** A birth day such that the child is between from and to months old on `on` (inclusive from, exclusive to). */
function drawBirth(rng: Rng, on: Day, from: number, to: number): Day {
  const months = rng.int(from, to - 1)
  const birth = dayAtAge(on, -months) - rng.int(0, 27)
  const age = ageInMonths(birth, on)
  return age >= from && age < to ? birth : dayAtAge(on, -from) - 1
}

export function buildChildren(rng: Rng, frame: DemoLocationFrame, groups: readonly Group[], o: ChildrenOptions): Child[] {
  const drafts: Draft[] = []
  const slug = locationSlug(frame.id)
  const lastImport = o.today - 1

  const newChild = (group: Group, birth: Day, placement: Omit<Placement, 'id' | 'groupId' | 'locationId' | 'careType'>): Draft => {
    const id = `kind-${slug}-${String(drafts.length + 1).padStart(3, '0')}`
    const family = buildFamily(rng, frame.areaCode, Math.max(birth, o.historyStart - 700), lastImport)
    const school = group.careType === 'BSO' || group.careType === 'VSO' ? rng.pick(frame.schools).id : undefined
    const child: Child = {
      id,
      firstName: rng.chance(0.5) ? rng.pick(girlNames) : rng.pick(boyNames),
      lastName: rng.chance(0.85) ? family.lastName : family.parents[family.parents.length - 1]!.name.split(' ').slice(1).join(' '),
      birthDate: fromDay(birth),
      ...(school !== undefined ? { schoolId: school } : {}),
      taxi: group.careType === 'BSO' && rng.chance(0.04),
      locationIds: [frame.id],
      medical: buildMedical(rng),
      collectors: family.collectors,
      parents: family.parents,
      placements: [{ id: `${id}-p1`, groupId: group.id, locationId: frame.id, careType: group.careType, ...placement }],
      updatedAt: amsterdamIso(lastImport, 22 * 60),
    }
    const draft = { child, birth }
    drafts.push(draft)
    return draft
  }

  /** A start day for a current placement: on or after the first day of the care type's age, in the last ~3 years. */
  const startFor = (birth: Day, group: Group): Day => {
    const earliest = Math.max(dayAtAge(birth, Math.max(group.ageFromMonths ?? 0, firstCareMonths)), o.today - 1100)
    return rng.int(Math.min(earliest, o.today - 1), o.today - 1)
  }

  const ages = (group: Group): { from: number; to: number } => ({
    // One month past the group's youngest age, so that a placement can have started before today.
    from: Math.max(group.ageFromMonths ?? ageMonths[group.careType].from, firstCareMonths) + 1,
    // KDV children leave at 4: keep the current ones under 46 months so that none ages out within weeks.
    to: group.careType === 'KDV' || group.careType === 'PG' ? Math.min(group.ageToMonths ?? 48, 46) : group.ageToMonths ?? ageMonths[group.careType].to,
  })

  // Current children, group by group, until the group is filled to the location's level.
  for (const group of groups.filter((g) => g.careType !== 'VSO')) {
    const occupancy = new Occupancy(group)
    let failures = 0
    while (occupancy.fill() < o.fill && failures < 25 && drafts.length < o.maxChildren) {
      const pattern = drawPattern(rng, group.careType)
      const weekdays = chooseWeekdays(rng, occupancy, group.careType, slotsOf(pattern.dayParts), pattern.days)
      if (weekdays.length === 0) { failures++; continue }
      const range = ages(group)
      const birth = drawBirth(rng, o.today, range.from, range.to)
      newChild(group, birth, { contract: drawContract(rng, group.careType), weekdays, dayParts: pattern.dayParts, start: fromDay(startFor(birth, group)) })
    }
    // A few Qflexibel contracts: no fixed days, care is booked in Q-blocks (F4: only the planner decides them).
    if (group.careType === 'KDV' || group.careType === 'BSO') {
      for (let i = rng.int(1, 2); i > 0 && drafts.length < o.maxChildren; i--) {
        const range = ages(group)
        const birth = drawBirth(rng, o.today, range.from, range.to)
        newChild(group, birth, { contract: 'qflexibel', weekdays: [], dayParts: group.careType === 'KDV' ? ['hele dag'] : ['naschools'], start: fromDay(startFor(birth, group)) })
      }
    }
  }

  // VSO: mostly BSO children of the same location before school, on some of their BSO days.
  for (const group of groups.filter((g) => g.careType === 'VSO')) {
    const occupancy = new Occupancy(group)
    const bsoDrafts = drafts.filter((d) => d.child.placements[0]?.careType === 'BSO' && d.child.placements[0].contract !== 'qflexibel')
    let failures = 0
    while (occupancy.fill() < o.fill * 0.7 && failures < 25 && drafts.length < o.maxChildren) {
      const pattern = drawPattern(rng, 'VSO')
      const existing = bsoDrafts.length > 0 && rng.chance(0.7) ? bsoDrafts.splice(rng.int(0, bsoDrafts.length - 1), 1)[0] : undefined
      const allowed = existing?.child.placements[0]?.weekdays
      const weekdays = chooseWeekdays(rng, occupancy, 'VSO', ['voorschools'], pattern.days, allowed)
      if (weekdays.length === 0) { failures++; continue }
      if (existing) {
        const bso = existing.child.placements[0]!
        existing.child.placements.push({
          id: `${existing.child.id}-p2`, groupId: group.id, locationId: frame.id, careType: 'VSO', contract: 'standaard',
          weekdays, dayParts: ['voorschools'], start: bso.start,
        })
      } else {
        const range = ages(group)
        const birth = drawBirth(rng, o.today, range.from, range.to)
        newChild(group, birth, { contract: 'standaard', weekdays, dayParts: ['voorschools'], start: fromDay(startFor(birth, group)) })
      }
    }
  }

  addFormerChildren(rng, groups, o, drafts.length, (group, birth, placement) => newChild(group, birth, placement))
  while (drafts.length < o.minChildren) {
    // A small location still has at least minChildren: more former children (they count in the history).
    addFormerChildren(rng, groups, o, 10, (group, birth, placement) => newChild(group, birth, placement))
  }
  return drafts.map((d) => d.child)
}

/**
 * Children whose placement ended: some less than 8 weeks ago, most longer (R17 removes those from
 * the PC). KDV children often leave the day before their 4th birthday, when they go to school.
 */
function addFormerChildren(rng: Rng, groups: readonly Group[], o: ChildrenOptions, current: number,
  add: (group: Group, birth: Day, placement: Omit<Placement, 'id' | 'groupId' | 'locationId' | 'careType'>) => Draft): void {
  const count = Math.min(Math.round(current * (0.07 + rng.next() * 0.05)), Math.max(0, o.maxChildren - current))
  const candidates = groups.filter((g) => g.careType !== 'VSO')
  for (let i = 0; i < count; i++) {
    const group = rng.pick(candidates)
    const recent = rng.chance(0.4)
    const end = recent ? o.today - rng.int(1, 55) : o.today - rng.int(57, Math.max(57, Math.min(400, o.today - o.historyStart)))
    const from = Math.max(group.ageFromMonths ?? 0, firstCareMonths + 1)
    const to = Math.min(group.ageToMonths ?? 48, group.careType === 'KDV' || group.careType === 'PG' ? 48 : 156)
    const birth = (group.careType === 'KDV' || group.careType === 'PG') && rng.chance(0.6)
      ? dayAtAge(end + 1, -48) // left for school: the last day is the day before the 4th birthday
      : drawBirth(rng, end, from, to)
    const earliest = dayAtAge(birth, from)
    const start = Math.min(end, Math.max(earliest, end - rng.int(180, 800)))
    const pattern = drawPattern(rng, group.careType)
    const weekdays = [1, 2, 3, 4, 5].filter(() => rng.chance(pattern.days / 5))
    const draft = add(group, birth, {
      contract: drawContract(rng, group.careType), weekdays: weekdays.length > 0 ? weekdays : [rng.int(1, 5)],
      dayParts: pattern.dayParts, start: fromDay(start), end: fromDay(end),
    })
    draft.child.lastPlacementEnd = fromDay(end)
  }
}
