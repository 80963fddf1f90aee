// One id per draft, kept in the page's session storage: it survives a reload in Tekenmodus (main keeps
// the draft, so the parent may be asked to sign again) and dies with the window, as Tekenmodus does
// (a restart signs the user out). With it, a second signature of the same draft meets the first line
// on its id instead of becoming a second line.
import type { SigningState } from '../../../../../shared/api'

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const prefix = 'locatiedesk.signing.'

/** The draft's identity: the sheet, when Tekenmodus began, and who is signed up by whom. */
export function draftKey(signing: Pick<SigningState, 'sheetId' | 'since' | 'draft'>): string | null {
  const draft = signing.draft
  if (!draft) return null
  const when = draft.times ? `${draft.times.start}-${draft.times.end}` : (draft.dayPart ?? 'hele dag')
  return prefix + JSON.stringify([signing.sheetId, signing.since, draft.childId, when, draft.parentName])
}

export function lineIdFor(store: KeyValueStore, key: string, newId: () => string): string {
  const known = store.getItem(key)
  if (known) return known
  const id = newId()
  store.setItem(key, id)
  return id
}

/** The draft is signed and main knows it: the id is not needed any more. */
export function forgetLineId(store: KeyValueStore, key: string): void {
  store.removeItem(key)
}
