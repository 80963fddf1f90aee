// Boots the app once: the bridge and what main knows of this PC; on an unregistered PC the
// registration screen; on a registered one the database and the replication, and then the session
// (PcApp.tsx) decides what is shown. All in the language chosen on this PC (Taal), else the OS's.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AppInfo, Bridge } from '../../../shared/api'
import { RegisterPcScreen } from '../features/session/RegisterPcScreen'
import { ChooseLanguageContext, I18nContext } from '../i18n/i18n-context'
import { storedLanguage, storeLanguage } from '../i18n/language-choice'
import { translator, type Locale } from '../i18n/translate'
import { loadInfo, startPc, type PcServices } from './boot'
import { failureMessage } from './failure-message'
import { LanguageSwitch } from './LanguageSwitch'
import { PcApp } from './PcApp'

type BootState =
  | { kind: 'starting'; info?: AppInfo }
  | { kind: 'unregistered'; bridge: Bridge; info: AppInfo }
  | { kind: 'ready'; pc: PcServices }
  | { kind: 'failed'; error: unknown; info?: AppInfo }

export function App({ bridge, dev }: { bridge: Bridge | (() => Bridge); dev: boolean }) {
  const [state, setState] = useState<BootState>({ kind: 'starting' })
  // Counts registrations: a registered PC boots again, now with its device.
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let cancelled = false
    let info: AppInfo | undefined
    const set = (next: BootState) => !cancelled && setState(next)
    Promise.resolve()
      .then(async () => {
        const resolved = typeof bridge === 'function' ? bridge() : bridge
        info = await loadInfo(resolved)
        if (!info.device) return set({ kind: 'unregistered', bridge: resolved, info })
        set({ kind: 'starting', info })
        set({ kind: 'ready', pc: await startPc(resolved, info, dev) })
      })
      .catch((error: unknown) => set({ kind: 'failed', error, ...(info ? { info } : {}) }))
    return () => {
      cancelled = true
    }
  }, [bridge, dev, attempt])

  const info = state.kind === 'ready' ? state.pc.info : state.info
  const [chosen, setChosen] = useState<Locale | null>(() => storedLanguage())
  const locale = chosen ?? info?.locale ?? 'nl'
  const t = useMemo(() => translator(locale), [locale])
  const choose = useCallback((next: Locale) => {
    storeLanguage(next)
    setChosen(next)
  }, [])
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  // The screens read the language of dates and printouts from info.locale: that is the chosen one.
  // Only info changes, the database and the sync stay the same objects, so nothing restarts.
  const pc = state.kind === 'ready' ? state.pc : null
  const pcInLanguage = useMemo(() => (pc ? { ...pc, info: { ...pc.info, locale } } : null), [pc, locale])
  return (
    <I18nContext.Provider value={t}>
      <ChooseLanguageContext.Provider value={choose}>
        {state.kind === 'starting' && <p className="boot" role="status">{t('app.loading')}</p>}
        {state.kind === 'failed' && <p className="boot error" role="alert">{t('app.startFailed', { message: failureMessage(state.error, t) })}</p>}
        {state.kind === 'unregistered' && (
          <>
            <header className="language-bar"><LanguageSwitch /></header>
            <RegisterPcScreen bridge={state.bridge} onRegistered={() => setAttempt((n) => n + 1)} />
          </>
        )}
        {pcInLanguage && <PcApp pc={pcInLanguage} />}
      </ChooseLanguageContext.Provider>
    </I18nContext.Provider>
  )
}
