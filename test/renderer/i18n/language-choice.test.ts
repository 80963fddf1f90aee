// The language chosen on this PC: stored as 'nl' or 'en' only, and never a reason to fail.
import { describe, expect, it } from 'vitest'
import { languageStorageKey, storedLanguage, storeLanguage, type LanguageStorage } from '../../../renderer/src/i18n/language-choice'
import { translator } from '../../../renderer/src/i18n/translate'

function memoryStorage(initial: Record<string, string> = {}): LanguageStorage & { values: Record<string, string> } {
  const values = { ...initial }
  return { values, getItem: (key) => values[key] ?? null, setItem: (key, value) => void (values[key] = value) }
}

describe('language choice', () => {
  it('is nothing until chosen, and the choice once stored', () => {
    const storage = memoryStorage()
    expect(storedLanguage(storage)).toBeNull()
    storeLanguage('en', storage)
    expect(storage.values[languageStorageKey]).toBe('en')
    expect(storedLanguage(storage)).toBe('en')
    storeLanguage('nl', storage)
    expect(storedLanguage(storage)).toBe('nl')
  })

  it('ignores a stored value that is no language of the app', () => {
    expect(storedLanguage(memoryStorage({ [languageStorageKey]: 'de' }))).toBeNull()
  })

  it('survives storage that refuses to write, and having no storage at all', () => {
    const full: LanguageStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError') } }
    expect(() => storeLanguage('en', full)).not.toThrow()
    expect(storedLanguage(null)).toBeNull()
  })
})

describe('translator', () => {
  it('says which language it speaks, for the formatters', () => {
    expect(translator('nl').locale).toBe('nl')
    expect(translator('en').locale).toBe('en')
    expect(translator('en')('language.label')).toBe('Language')
    expect(translator('nl')('language.label')).toBe('Taal')
  })
})
