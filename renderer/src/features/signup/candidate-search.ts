// The `Kind` picker of `Inschrijving toevoegen`: the sheet's candidates (sheetCandidates: BSO children
// of the location whose school is closed that day, with R9's verdict), narrowed down as staff type a
// name. A child whose line stands is shown as `al ingeschreven` and cannot be chosen twice.
import type { SignupBillingVerdict } from '../../../../shared/rules'
import { byName } from '../../ui/name-search'

export interface PickerChild {
  id: string
  firstName: string
  lastName: string
  parents: readonly { rank: number; name: string }[]
}

export interface PickerOption<C extends PickerChild = PickerChild> {
  child: C
  name: string
  billing: SignupBillingVerdict
  signedUp: boolean
}

export function pickerOptions<C extends PickerChild>(
  a: { candidates: readonly { child: C; billing: SignupBillingVerdict }[]; signedUp: ReadonlySet<string>; query: string },
): PickerOption<C>[] {
  const options = a.candidates
    .map(({ child, billing }) => ({ child, billing, name: `${child.firstName} ${child.lastName}`, signedUp: a.signedUp.has(child.id) }))
  return byName(options, (o) => o.name, a.query)
}

/** The names `Naam ouder` suggests: the child's parents, the contract holder (ouder 1) first. */
export function parentSuggestions(child: Pick<PickerChild, 'parents'>): string[] {
  return [...child.parents].sort((x, y) => x.rank - y.rank).map((p) => p.name)
}
