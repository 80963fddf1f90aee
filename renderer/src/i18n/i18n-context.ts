// The current language for React components: Dutch unless main says otherwise (app.info locale).
import { createContext, useContext } from 'react'
import { translator, type Translate } from './translate'

export const I18nContext = createContext<Translate>(translator('nl'))

export function useT(): Translate {
  return useContext(I18nContext)
}
