// Taal / Language: switches every screen between Dutch and English at once, without a reload, so a
// half-filled form stays as it is. Each language is named in itself, so that someone who cannot read
// the current one still finds their own.
import { useId } from 'react'
import { useChooseLanguage, useT } from '../i18n/i18n-context'
import { isLocale } from '../i18n/language-choice'

export function LanguageSwitch() {
  const t = useT()
  const choose = useChooseLanguage()
  const id = useId()
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={t.locale} onChange={(e) => isLocale(e.target.value) && choose(e.target.value)}>
        <option value="nl" lang="nl">{t('language.nl')}</option>
        <option value="en" lang="en">{t('language.en')}</option>
      </select>
    </span>
  )
}
