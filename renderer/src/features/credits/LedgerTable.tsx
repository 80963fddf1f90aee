// One ledger as a table (F5): date, kind in staff's words, signed amount, valid until, expired marker
// and reason or source, newest first. Named by its section's heading (`Ruiluren KDV`, …).
import type { LedgerUnit } from '../../../../shared/domain'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { formatSigned } from './format-amount'
import type { LedgerRow } from './ledger-rows'
import { kindText, sourceText, statusText } from './ledger-text'

export interface LedgerTableProps {
  labelledBy: string
  unit: LedgerUnit
  rows: readonly LedgerRow[]
  staffNames: ReadonlyMap<string, string>
}

export function LedgerTable({ labelledBy, unit, rows, staffNames }: LedgerTableProps) {
  const t = useT()
  if (rows.length === 0) return <p>{t('credits.ledger.empty')}</p>
  return (
    <table className="credits-ledger" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('credits.ledger.date')}</th>
          <th scope="col">{t('credits.ledger.kind')}</th>
          <th scope="col">{t('credits.ledger.amount')}</th>
          <th scope="col">{t('credits.ledger.validUntil')}</th>
          <th scope="col">{t('credits.ledger.status')}</th>
          <th scope="col">{t('credits.ledger.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-kind={row.kind} className={row.expired ? 'credits-row--expired' : undefined}>
            <td><time dateTime={row.date}>{dutchDate(row.date)}</time></td>
            <td>{kindText(t, row)}</td>
            <td className="credits-amount">{formatSigned(t, unit, row.amount)}</td>
            <td>{row.validUntil ? <time dateTime={row.validUntil}>{dutchDate(row.validUntil)}</time> : ''}</td>
            <td>{statusText(t, unit, row)}</td>
            <td>{sourceText(t, row, staffNames)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
