// Parents, collectors and medical details of a demo child. The FAQ's troubles are in the data on
// purpose: some parents have two e-mail addresses, some pairs share one, some parents have none.
import type { Child, Collector, Parent } from '../domain/types'
import { amsterdamIso, type Day } from './days'
import { adultFirstNames, allergies, collectorRelations, emailDomains, lastNames, mailName, medicalNotes } from './names'
import type { Rng } from './prng'

const mobile = (rng: Rng): string => `06-${String(rng.int(10_000_000, 99_999_999))}`
const landline = (rng: Rng, areaCode: string): string => `${areaCode}-${String(rng.int(200_000, 799_999))}`

function email(rng: Rng, first: string, last: string, variant = ''): string {
  return `${mailName(first, last)}${variant}@${rng.pick(emailDomains)}`
}

/** When a parent accepted the portal's terms (`voorwaarden geaccepteerd`): some day before the last import. */
function activation(rng: Rng, from: Day, until: Day): string {
  return amsterdamIso(rng.int(Math.min(from, until), until), rng.int(7 * 60, 23 * 60))
}

export interface Family {
  lastName: string
  parents: Parent[]
  collectors: Collector[]
}

/** `firstCare` is the first day of care (activation follows it), `lastImport` the day before today. */
export function buildFamily(rng: Rng, areaCode: string, firstCare: Day, lastImport: Day): Family {
  const lastName = rng.pick(lastNames)
  const first1 = rng.pick(adultFirstNames)
  const parent1: Parent = { rank: 1, name: `${first1} ${lastName}`, phones: [mobile(rng)], emails: [] }
  if (rng.chance(0.2)) parent1.phones.push(landline(rng, areaCode))

  const roll = rng.next()
  if (roll < 0.05) {
    // No e-mail address: the portal cannot send an activation mail (F8 warns).
  } else if (roll < 0.13) {
    parent1.emails = [email(rng, first1, lastName), email(rng, first1, lastName, String(rng.int(1, 99)))]
  } else {
    parent1.emails = [email(rng, first1, lastName)]
  }

  const parents: Parent[] = [parent1]
  if (rng.chance(0.8)) {
    const otherLast = rng.chance(0.6) ? lastName : rng.pick(lastNames)
    const first2 = rng.pick(adultFirstNames.filter((n) => n !== first1))
    const parent2: Parent = { rank: 2, name: `${first2} ${otherLast}`, phones: [mobile(rng)], emails: [] }
    const shared = parent1.emails[0]
    if (shared !== undefined && rng.chance(0.08)) parent2.emails = [shared] // both parents on one address (F8 warns)
    else if (rng.chance(0.88)) parent2.emails = [email(rng, first2, otherLast)]
    parents.push(parent2)
  }

  for (const parent of parents) {
    const [firstAddress, secondAddress] = parent.emails
    if (firstAddress === undefined) continue
    // The first address signs in (F10), unless customer service chose the other one (F8).
    parent.signInEmail = secondAddress !== undefined && rng.chance(0.3) ? secondAddress : firstAddress
    if (rng.chance(0.85)) parent.portalActivatedAt = activation(rng, firstCare, lastImport)
  }

  const collectors: Collector[] = Array.from({ length: rng.int(0, 3) }, () => {
    const relation = rng.pick(collectorRelations)
    const surname = relation === 'oma' || relation === 'opa' ? rng.pick([lastName, rng.pick(lastNames)]) : rng.pick(lastNames)
    return { name: `${rng.pick(adultFirstNames)} ${surname}`, relation, phone: mobile(rng) }
  })
  return { lastName, parents, collectors }
}

export function buildMedical(rng: Rng): Child['medical'] {
  const list = rng.chance(0.09) ? [rng.pick(allergies)] : []
  const first = list[0]
  if (first !== undefined && rng.chance(0.25)) {
    const second = rng.pick(allergies)
    if (second !== first) list.push(second)
  }
  return { allergies: list, notes: rng.chance(0.06) ? rng.pick(medicalNotes) : '' }
}
