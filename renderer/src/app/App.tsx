// Boots the app once: the bridge and what main knows of this PC; on an unregistered PC the
// registration screen; on a registered one the database and the replication, and then the session
// (PcApp.tsx) decides what is shown. All in the PC's language.
import { useEffect, useState } from 'react'
import type { AppInfo, Bridge } from '../../../shared/api'
import { RegisterPcScreen } from '../features/session/RegisterPcScreen'
import { I18nContext } from '../i18n/i18n-context'
import { translator } from '../i18n/translate'
import { loadInfo, startPc, type PcServices } from './boot'
import { failureMessage } from './failure-message'
import { PcApp } from './PcApp'

type BootState =
  | { kind: 'starting'; info?: AppInfo }
  | { kind: 'unregistered'; bridge: Bridge; info: AppInfo }
  | { kind: 'ready'; pc: PcServices }
  | { kind: 'failed'; message: string; info?: AppInfo }

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
      .catch((error: unknown) => set({ kind: 'failed', message: failureMessage(error), ...(info ? { info } : {}) }))
    return () => {
      cancelled = true
    }
  }, [bridge, dev, attempt])

  const info = state.kind === 'ready' ? state.pc.info : state.info
  const t = translator(info?.locale ?? 'nl')
  return (
    <I18nContext.Provider value={t}>
      {state.kind === 'starting' && <p className="boot" role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <p className="boot error" role="alert">{t('app.startFailed', { message: state.message })}</p>}
      {state.kind === 'unregistered' && <RegisterPcScreen bridge={state.bridge} onRegistered={() => setAttempt((n) => n + 1)} />}
      {state.kind === 'ready' && <PcApp pc={state.pc} />}
    </I18nContext.Provider>
  )
}
