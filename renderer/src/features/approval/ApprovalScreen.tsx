// Placeholder until this screen is built (issue 7).
import { useT } from '../../i18n/i18n-context'

export function ApprovalScreen() {
  const t = useT()
  return <h1>{t('nav.approval')}</h1>
}
