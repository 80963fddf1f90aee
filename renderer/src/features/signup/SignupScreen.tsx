// Placeholder until this screen is built (issue 6).
import { useT } from '../../i18n/i18n-context'

export function SignupScreen() {
  const t = useT()
  return <h1>{t('nav.signup')}</h1>
}
