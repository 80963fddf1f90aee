// The app's frame: name, sync state and first-sync progress on top, the screen below.
import { AttendanceScreen } from '../features/attendance/AttendanceScreen'
import { useT } from '../i18n/i18n-context'
import { FirstSyncBar } from '../ui/FirstSyncBar'
import { SyncIndicator } from '../ui/SyncIndicator'

export function Shell() {
  const t = useT()
  return (
    <>
      <header className="shell-header">
        <span className="app-name">{t('app.title')}</span>
        <SyncIndicator />
      </header>
      <FirstSyncBar />
      <main className="shell-main">
        <AttendanceScreen />
      </main>
    </>
  )
}
