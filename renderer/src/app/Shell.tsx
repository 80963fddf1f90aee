// The app's frame once someone is signed in: name, who works here, sync state, notices and first-sync
// progress on top, the screen below.
import { useMemo, useState } from 'react'
import { ApprovalScreen } from '../features/approval/ApprovalScreen'
import { AttendanceScreen } from '../features/attendance/AttendanceScreen'
import { ChildDetailsScreen } from '../features/children/ChildDetailsScreen'
import { CreditsScreen } from '../features/credits/CreditsScreen'
import { ProcessingScreen } from '../features/processing/ProcessingScreen'
import { RatioRecordScreen } from '../features/ratiorecord/RatioRecordScreen'
import { RequestScreen } from '../features/requests/RequestScreen'
import { SignupScreen } from '../features/signup/SignupScreen'
import { StudyDaysScreen } from '../features/studydays/StudyDaysScreen'
import { NoticesButton } from '../features/notices/NoticesButton'
import { NoticesPanel } from '../features/notices/NoticesPanel'
import { UserBar } from '../features/session/UserBar'
import { useT } from '../i18n/i18n-context'
import { FirstSyncBar } from '../ui/FirstSyncBar'
import { SyncIndicator } from '../ui/SyncIndicator'
import { useServices } from './app-services'
import { LanguageSwitch } from './LanguageSwitch'
import { Navigation } from './Navigation'
import { RevokedAlert } from './RevokedAlert'
import { screensFor, type ScreenId } from './screens'
import { UpdateNotice } from './UpdateNotice'

export interface ShellProps {
  onSwitch: () => void
  screen: ScreenId
  onScreen: (id: ScreenId) => void
  /** A downloaded version waiting for the app to close (main's `app.update`), or null. */
  updateReady: string | null
}

export function Shell({ onSwitch, screen, onScreen, updateReady }: ShellProps) {
  const t = useT()
  const { revoked, permissions } = useServices()
  const [noticesOpen, setNoticesOpen] = useState(false)
  const entries = useMemo(() => screensFor((action) => permissions.can(action)), [permissions])
  // A user who may not see the chosen screen (after a switch of user) is back on the list.
  const current = entries.some((e) => e.id === screen) ? screen : 'attendance'
  return (
    <>
      <header className="shell-header">
        <span className="app-name">{t('app.title')}</span>
        <UserBar onSwitch={onSwitch} />
        <SyncIndicator />
        <NoticesButton open={noticesOpen} onToggle={() => setNoticesOpen((open) => !open)} />
        <LanguageSwitch />
      </header>
      <UpdateNotice version={updateReady} />
      {revoked && <RevokedAlert />}
      <FirstSyncBar />
      <Navigation entries={entries} current={current} onChoose={onScreen} />
      {noticesOpen && <NoticesPanel onClose={() => setNoticesOpen(false)} />}
      <main className="shell-main">
        {current === 'attendance' && <AttendanceScreen />}
        {current === 'request' && <RequestScreen />}
        {current === 'approval' && <ApprovalScreen />}
        {current === 'credits' && <CreditsScreen />}
        {current === 'signup' && <SignupScreen />}
        {current === 'studyDays' && <StudyDaysScreen />}
        {current === 'processing' && <ProcessingScreen />}
        {current === 'ratioRecord' && <RatioRecordScreen />}
        {current === 'childDetails' && <ChildDetailsScreen />}
      </main>
    </>
  )
}
