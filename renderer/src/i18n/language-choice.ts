// The language staff chose on this PC. A display preference, not a secret, so it lives in the page's
// localStorage; nothing chosen (or storage unavailable) → the OS language main reports (AppInfo.locale).
import type { Locale } from './translate'

export const languageStorageKey = 'locatiedesk.language'

/** Storage as the browser offers it; a parameter so that tests pass their own. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>

function browserStorage(): LanguageStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // A page without storage rights throws on access: the choice then lasts until the page closes.
    return null
  }
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en'
}

export function storedLanguage(storage: LanguageStorage | null = browserStorage()): Locale | null {
  const value = storage?.getItem(languageStorageKey)
  return isLocale(value) ? value : null
}

export function storeLanguage(locale: Locale, storage: LanguageStorage | null = browserStorage()): void {
  try {
    storage?.setItem(languageStorageKey, locale)
  } catch {
    // Full or refused storage: the switch still works for this session.
  }
}
