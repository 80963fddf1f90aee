// The app's frame once someone is signed in: name, who works here, sync state, notices and first-sync
// progress on top, the screen below.
import { useState } from 'react'
import { AttendanceScreen } from '../features/attendance/AttendanceScreen'
import { NoticesButton } from '../features/notices/NoticesButton'
import { NoticesPanel } from '../features/notices/NoticesPanel'
import { UserBar } from '../features/session/UserBar'
import { useT } from '../i18n/i18n-context'
import { FirstSyncBar } from '../ui/FirstSyncBar'
import { SyncIndicator } from '../ui/SyncIndicator'
import { useServices } from './app-services'
import { RevokedAlert } from './RevokedAlert'

export function Shell({ onSwitch }: { onSwitch: () => void }) {
  const t = useT()
  const { revoked } = useServices()
  const [noticesOpen, setNoticesOpen] = useState(false)
  return (
    <>
      <header className="shell-header">
        <span className="app-name">{t('app.title')}</span>
        <UserBar onSwitch={onSwitch} />
        <SyncIndicator />
        <NoticesButton open={noticesOpen} onToggle={() => setNoticesOpen((open) => !open)} />
      </header>
      {revoked && <RevokedAlert />}
      <FirstSyncBar />
      {noticesOpen && <NoticesPanel onClose={() => setNoticesOpen(false)} />}
      <main className="shell-main">
        <AttendanceScreen />
      </main>
    </>
  )
}
