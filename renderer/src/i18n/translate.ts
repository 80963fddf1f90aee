// Looking up a message and filling in its values. Pure, so that it is tested without a browser.
import { en } from './en'
import { nl, type MessageKey } from './nl'

export type Locale = 'nl' | 'en'
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en }

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale]
  return (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (values && name in values ? String(values[name]) : match))
}

/** "1 wijziging wacht" / "3 wijzigingen wachten". */
export function pendingMessage(t: Translate, count: number): string {
  if (count === 0) return t('sync.pending.none')
  return count === 1 ? t('sync.pending.one') : t('sync.pending.other', { count })
}
