// Placeholder until this screen is built (issue 6).
import { useT } from '../../i18n/i18n-context'

export function ProcessingScreen() {
  const t = useT()
  return <h1>{t('nav.processing')}</h1>
}
