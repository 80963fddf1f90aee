// The chosen child's requests from today on, live, with their status: what was asked before, and
// where a Q-block is cancelled (R13: while it is 10 or more days ahead; its hours then return to the
// Qflexibel balance, R7). Later than that the rule's own reason is shown instead of the button. A
// waiting request whose reservation the server refused (R20, another PC spent the hours) says so.
import { useState } from 'react'
import type { Request } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { canCancelQBlock } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { formatHours } from '../attendance/format-hours'
import { recordDecision } from './record-decision'
import { missingReservationKey, reservationMissing } from './reservation-missing'
import { useChildRequests, useLedgerOf } from './use-request-data'

export function ChildRequests({ childId, name }: { childId: string; name: string }) {
  const services = useServices()
  const t = useT()
  const today = amsterdamDate(serverNow(services.status.current()))
  const requests = useChildRequests(services.db, childId, today)
  const ledger = useLedgerOf(services.db, childId)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const mayCancel = (r: Request) => r.kind === 'Q-blok' && r.status === 'goedgekeurd'
    && services.permissions.can('aanvraag.annuleren') && services.permissions.covers(r.locationId)

  async function cancel(r: Request) {
    try {
      const { settlement } = await recordDecision(services.db, r.id, {
        status: 'geannuleerd', by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()),
      })
      const date = dutchDate(r.date)
      setMessage({ ok: true, text: settlement ? t('request.cancelled', { date, hours: formatHours(t, settlement.amount) }) : t('request.cancelledNoRefund', { date }) })
    } catch (e) {
      setMessage({ ok: false, text: t('request.decisionFailed', { message: failureMessage(e, t) }) })
    }
  }

  return (
    <section className="request-list" aria-label={t('request.childRequests', { name })}>
      <h2>{t('request.childRequests', { name })}</h2>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'error'}>{message.text}</p>}
      {requests.length === 0 ? <p>{t('request.childRequests.none')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('request.childRequests.date')}</th>
              <th scope="col">{t('request.childRequests.kind')}</th>
              <th scope="col">{t('request.childRequests.payment')}</th>
              <th scope="col">{t('request.childRequests.status')}</th>
              <th scope="col">{t('request.childRequests.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => {
              const inTime = canCancelQBlock({ date: r.date, today })
              return (
                <tr key={r.id} data-request-id={r.id}>
                  <td>{`${dutchDate(r.date)} (${r.dayPart})`}</td>
                  <td>{t(`request.kind.${r.kind}`)}</td>
                  <td>{t(`request.payment.${r.payment}`)}</td>
                  <td>{t(`request.status.${r.status}`)}</td>
                  <td>
                    {ledger !== null && reservationMissing(r, ledger) && <span className="request-hint error">{t(missingReservationKey(r.payment))}</span>}
                    {mayCancel(r) && (inTime.ok
                      ? <button type="button" aria-label={t('request.cancelQBlockOn', { date: dutchDate(r.date) })} onClick={() => void cancel(r)}>{t('request.cancelQBlock')}</button>
                      : <span className="request-hint">{inTime.message}</span>)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
