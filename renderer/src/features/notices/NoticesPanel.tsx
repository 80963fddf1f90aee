// F7's notices list: per notice what was changed, why it did not stand, whose change won, and
// `Gelezen`. Opened from the Meldingen button in the shell.
import { useEffect, useId, useRef, useState } from 'react'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { formatInstant } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { describeNotice } from './describe-notice'
import { markNoticeRead } from './mark-read'
import { useNotices } from './use-notices'

export function NoticesPanel({ onClose }: { onClose: () => void }) {
  const services = useServices()
  const t = useT()
  const titleId = useId()
  const { notices, names } = useNotices(services.db, services.deviceId)
  const [error, setError] = useState<string | null>(null)
  const today = amsterdamDate(serverNow(services.status.current()))
  // A panel, not a modal: the screen stays usable. Focus moves into it when it opens (so a keyboard
  // or screen-reader user lands on it), Escape closes it, and focus goes back to the Meldingen button.
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    panel.current?.focus()
    return () => opener?.focus()
  }, [])

  async function markRead(id: string) {
    setError(null)
    try {
      await markNoticeRead(services.db.notices, id, serverNow(services.status.current()))
    } catch (e) {
      setError(failureMessage(e, t))
    }
  }

  return (
    <section ref={panel} tabIndex={-1} className="notices-panel" role="dialog" aria-modal="false" aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}>
      {/* A div, not a header: inside a dialog a header would be a second page banner. */}
      <div className="notices-header">
        <h2 id={titleId}>{t('notices.title')}</h2>
        <button type="button" onClick={onClose}>{t('notices.close')}</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {notices.length === 0 && <p>{t('notices.empty')}</p>}
      <ul className="notices-list">
        {notices.map((notice) => {
          const view = describeNotice(t, notice, names, today)
          return (
            <li key={view.id} className={view.readAt ? 'notice notice--read' : 'notice'} data-notice-id={view.id}>
              <article aria-label={view.what}>
                <h3>{view.kind} · <time dateTime={view.at}>{formatInstant(view.at, today)}</time></h3>
                <dl>
                  <dt>{t('notices.what')}</dt>
                  <dd>{view.what}</dd>
                  <dt>{t('notices.why')}</dt>
                  <dd>{view.why}</dd>
                  {view.winner && (
                    <>
                      <dt>{t('notices.winner')}</dt>
                      <dd>{view.winner}</dd>
                    </>
                  )}
                </dl>
                {view.readAt
                  ? <p className="notice-read">{t('notices.read', { time: formatInstant(view.readAt, today) })}</p>
                  : <button type="button" onClick={() => void markRead(view.id)}>{t('notices.markRead')}</button>}
              </article>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
