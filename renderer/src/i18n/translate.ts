// Looking up a message and filling in its values. Pure, so that it is tested without a browser.
import { en } from './en'
import { nl, type MessageKey } from './nl'

export type Locale = 'nl' | 'en'

/** A message lookup in one language; `locale` says which, for the formatters of dates and numbers. */
export interface Translate {
  (key: MessageKey, values?: Record<string, string | number>): string
  readonly locale: Locale
}

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en }

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale]
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match))
  return Object.assign(t, { locale })
}

/** "1 wijziging wacht" / "3 wijzigingen wachten". */
export function pendingMessage(t: Translate, count: number): string {
  if (count === 0) return t('sync.pending.none')
  return count === 1 ? t('sync.pending.one') : t('sync.pending.other', { count })
}
