// Boots the app once (bridge → database → replication) and then shows the shell in the PC's language.
import { useEffect, useState } from 'react'
import type { Bridge } from '../../../shared/api'
import { I18nContext } from '../i18n/i18n-context'
import { translator } from '../i18n/translate'
import { AppServicesContext, type AppServices } from './app-services'
import { boot } from './boot'
import { Shell } from './Shell'

type BootState = { kind: 'starting' } | { kind: 'ready'; services: AppServices } | { kind: 'failed'; message: string }

export function App({ bridge, dev }: { bridge: Bridge | (() => Bridge); dev: boolean }) {
  const [state, setState] = useState<BootState>({ kind: 'starting' })
  useEffect(() => {
    let cancelled = false
    Promise.resolve()
      .then(() => boot(typeof bridge === 'function' ? bridge() : bridge, dev))
      .then(
        (services) => !cancelled && setState({ kind: 'ready', services }),
        (error: unknown) => !cancelled && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
    return () => {
      cancelled = true
    }
  }, [bridge, dev])

  const t = translator(state.kind === 'ready' ? state.services.info.locale : 'nl')
  if (state.kind === 'starting') return <p className="boot" role="status">{t('app.loading')}</p>
  if (state.kind === 'failed') return <p className="boot error" role="alert">{t('app.startFailed', { message: state.message })}</p>
  return (
    <I18nContext.Provider value={t}>
      <AppServicesContext.Provider value={state.services}>
        <Shell />
      </AppServicesContext.Provider>
    </I18nContext.Provider>
  )
}
