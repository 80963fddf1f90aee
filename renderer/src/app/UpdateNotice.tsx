// A new version is downloaded: it installs when the app is closed. Staff are told, never interrupted:
// a restart on a shared PC would take the screen from whoever is working (electron/main/updates).
import { useT } from '../i18n/i18n-context'

export function UpdateNotice({ version }: { version: string | null }) {
  const t = useT()
  if (!version) return null
  return <p className="update-notice" role="status">{t('update.ready', { version })}</p>
}
