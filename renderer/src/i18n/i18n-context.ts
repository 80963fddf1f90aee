// The current language for React components: Dutch unless chosen otherwise on this PC, or, when
// nothing was chosen, unless main says otherwise (app.info locale). App.tsx provides both contexts.
import { createContext, useContext } from 'react'
import { translator, type Locale, type Translate } from './translate'

export const I18nContext = createContext<Translate>(translator('nl'))

export function useT(): Translate {
  return useContext(I18nContext)
}

/** Choosing another language: every screen re-renders in it at once (LanguageSwitch). */
export const ChooseLanguageContext = createContext<(locale: Locale) => void>(() => {})

export function useChooseLanguage(): (locale: Locale) => void {
  return useContext(ChooseLanguageContext)
}
