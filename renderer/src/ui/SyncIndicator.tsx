// F7 in the shell: online/offline as main reports it, "Synchroniseren…" while a replication is busy,
// when the last exchange with the server succeeded, and how many local changes wait for the server.
import { useMemo } from 'react'
import { amsterdamDate } from '../../../shared/calendar'
import { useServices } from '../app/app-services'
import { serverNow } from '../bridge/sync-status'
import { formatInstant } from '../i18n/format-instant'
import { useT } from '../i18n/i18n-context'
import { pendingMessage } from '../i18n/translate'
import { useObservable } from './use-observable'

export function SyncIndicator() {
  const { status, sync } = useServices()
  const t = useT()
  const current = useObservable(useMemo(() => status.status$, [status]), status.current())
  const pending = useObservable(sync.pending.count$, sync.pending.count)
  const counting = useObservable(sync.pending.counting$, sync.pending.counting)
  const busy = useObservable(sync.active$, false)
  const state = current === null ? 'connecting' : current.online ? 'online' : 'offline'
  const label = state === 'connecting' ? t('sync.connecting') : state === 'online' ? t('sync.online') : t('sync.offline')
  const today = amsterdamDate(serverNow(current))
  return (
    <div className="sync-indicator" role="status" aria-label={t('sync.region')}>
      <span className={`sync-state sync-state--${state}`} data-state={state}>{label}</span>
      {busy && <span className="sync-busy">{t('sync.busy')}</span>}
      {current?.lastSyncAt && <span className="sync-last">{t('sync.lastSync', { time: formatInstant(current.lastSyncAt, today) })}</span>}
      {/* After a restart, until the earlier writes are counted, a 0 is not yet "everything on the server". */}
      <span className="sync-pending" data-count={pending} data-counting={counting}>
        {counting && pending === 0 ? t('sync.pending.counting') : pendingMessage(t, pending)}
      </span>
    </div>
  )
}
