// The balances that decide a request's payment (R10), shown beside the form: valid swap hours per
// care type, holiday days, Qflexibel hours. Live: a reservation lowers them the moment it is stored.
import { useT } from '../../i18n/i18n-context'
import { formatHours } from '../attendance/format-hours'
import type { RequestBalances } from './request-balances'

export function BalanceList({ balances }: { balances: RequestBalances }) {
  const t = useT()
  return (
    <ul className="request-balances" aria-label={t('request.balances')}>
      {balances.swap.map(({ careType, hours }) => (
        <li key={careType}>{t('request.balance.swap', { careType, hours: formatHours(t, hours) })}</li>
      ))}
      {balances.hasHolidayDays && <li>{t('request.balance.holiday', { days: formatHours(t, balances.holidayDays) })}</li>}
      {balances.hasFlexHours && <li>{t('request.balance.flex', { hours: formatHours(t, balances.flexHours) })}</li>}
    </ul>
  )
}
