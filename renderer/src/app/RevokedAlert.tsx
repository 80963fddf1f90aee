// A revoked PC (main's `device.revoked`): a blocking message first, then a banner that stays. Sync
// has stopped and the permissions leave only looking (permissions.ts).
import { useState } from 'react'
import { useT } from '../i18n/i18n-context'

export function RevokedAlert() {
  const t = useT()
  const [acknowledged, setAcknowledged] = useState(false)
  if (acknowledged) return <p className="revoked-banner" role="alert">{t('revoked.message')}</p>
  return (
    <div className="modal-backdrop">
      <div className="revoked-dialog" role="alertdialog" aria-modal="true" aria-labelledby="revoked-title" aria-describedby="revoked-message">
        <h2 id="revoked-title">{t('revoked.title')}</h2>
        <p id="revoked-message">{t('revoked.message')}</p>
        <button type="button" autoFocus onClick={() => setAcknowledged(true)}>{t('revoked.dismiss')}</button>
      </div>
    </div>
  )
}
