// A registered PC, syncing: what is shown follows main's session (F1). Nobody signed in → Aanmelden;
// locked → ONLY the lock screen (the attendance list is unmounted, so no child's data stays in the
// page); signed in → the shell, with services that write facts as this user. Idle input locks it.
// Tekenmodus (F6, main's session.signing) → ONLY the signing screen, instead of the shell: a parent at
// the screen sees no navigation and no other child's data; only a staff member leaves it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { SessionScreen } from '../features/session/SessionScreen'
import { SigningScreen } from '../features/signup/signing/SigningScreen'
import { useIdleLock } from '../features/session/use-idle-lock'
import { useT } from '../i18n/i18n-context'
import { useObservable } from '../ui/use-observable'
import { AppServicesContext, type AppServices } from './app-services'
import type { PcServices } from './boot'
import { LanguageSwitch } from './LanguageSwitch'
import { permissionsFor } from './permissions'
import { RevokedAlert } from './RevokedAlert'
import type { ScreenId } from './screens'
import { watchRevoked, watchSession } from './session-store'
import { Shell } from './Shell'
import { watchUpdate } from './update-watch'

export function PcApp({ pc }: { pc: PcServices }) {
  const t = useT()
  const sessions = useMemo(() => watchSession(pc.bridge), [pc.bridge])
  const revokedWatch = useMemo(() => watchRevoked(pc.bridge), [pc.bridge])
  const updateWatch = useMemo(() => watchUpdate(pc.bridge), [pc.bridge])
  useEffect(() => () => {
    sessions.stop()
    revokedWatch.stop()
    updateWatch.stop()
  }, [sessions, revokedWatch, updateWatch])
  const session = useObservable(sessions.session$, sessions.current())
  const revoked = useObservable(revokedWatch.revoked$, false)
  const updateReady = useObservable(updateWatch.version$, null)
  const [switching, setSwitching] = useState(false)
  // Kept here, not in the shell: Tekenmodus and the lock unmount the shell, and staff come back to the
  // screen they left (the sheet the parent just signed on), not to the first one.
  const [screenId, setScreenId] = useState<ScreenId>('attendance')

  // A revoked PC stops syncing: main refuses every exchange anyway, and retrying forever helps nobody.
  useEffect(() => {
    if (revoked) void pc.sync.stop()
  }, [revoked, pc.sync])

  // Whoever comes next starts on the list, not on someone else's switch screen.
  const userId = session?.user?.id
  const locked = session?.locked ?? false
  useEffect(() => setSwitching(false), [userId, locked])
  // Another staff member (a sign-in or a quick switch) starts on the list, not on the screen the last
  // one left; the same one coming back from the lock or Tekenmodus keeps theirs (above).
  const lastUser = useRef(userId)
  useEffect(() => {
    if (userId === undefined || userId === lastUser.current) return
    if (lastUser.current !== undefined) setScreenId('attendance')
    lastUser.current = userId
  }, [userId])

  const lock = useCallback(() => {
    pc.bridge.invoke('session.lock', {}).then((state) => sessions.accept(state), () => {})
  }, [pc.bridge, sessions])
  useIdleLock(pc.info.idleLockMs, !!session?.user && !session.locked, lock)

  const services: AppServices | null = useMemo(() => {
    if (!session?.user) return null
    const user = session.user
    return { ...pc, session, sessions, user, staffId: user.id, permissions: permissionsFor(user, pc.info.device, { revoked }), revoked }
  }, [pc, session, sessions, revoked])

  if (!session) return <p className="boot" role="status">{t('app.loading')}</p>
  const screen = (kind: 'sign-in' | 'locked' | 'switch', onCancel?: () => void) => (
    <>
      {revoked && <RevokedAlert />}
      <header className="language-bar"><LanguageSwitch /></header>
      <SessionScreen bridge={pc.bridge} sessions={sessions} kind={kind} today={session.today} {...(onCancel ? { onCancel } : {})} />
    </>
  )
  if (session.locked) return screen('locked')
  if (!services) return screen('sign-in')
  if (session.signing) {
    return (
      <AppServicesContext.Provider value={services}>
        <SigningScreen signing={session.signing} />
      </AppServicesContext.Provider>
    )
  }
  if (switching) return screen('switch', () => setSwitching(false))
  return (
    <AppServicesContext.Provider value={services}>
      <Shell onSwitch={() => setSwitching(true)} screen={screenId} onScreen={setScreenId} updateReady={updateReady} />
    </AppServicesContext.Provider>
  )
}
