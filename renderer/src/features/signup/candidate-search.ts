// The `Kind` picker of `Inschrijving toevoegen`: the sheet's candidates (sheetCandidates: BSO children
// of the location whose school is closed that day, with R9's verdict), narrowed down as staff type a
// name. A child whose line stands is shown as `al ingeschreven` and cannot be chosen twice.
import type { SignupBillingVerdict } from '../../../../shared/rules'

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

/** Lower case without accents: "Zoë" is found by typing "zoe". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function pickerOptions<C extends PickerChild>(
  a: { candidates: readonly { child: C; billing: SignupBillingVerdict }[]; signedUp: ReadonlySet<string>; query: string },
): PickerOption<C>[] {
  const words = searchable(a.query).split(/\s+/).filter((w) => w !== '')
  return a.candidates
    .map(({ child, billing }) => ({ child, billing, name: `${child.firstName} ${child.lastName}`, signedUp: a.signedUp.has(child.id) }))
    .filter((option) => words.every((w) => searchable(option.name).includes(w)))
    .sort((x, y) => x.name.localeCompare(y.name, 'nl'))
}

/** The names `Naam ouder` suggests: the child's parents, the contract holder (ouder 1) first. */
export function parentSuggestions(child: Pick<PickerChild, 'parents'>): string[] {
  return [...child.parents].sort((x, y) => x.rank - y.rank).map((p) => p.name)
}
