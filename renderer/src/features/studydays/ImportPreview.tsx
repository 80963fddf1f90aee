// The table `Voorbeeld import`: every row of the school's list as read, and whether it will be
// imported or why it is skipped, so staff see what happens before anything is written.
import { useT } from '../../i18n/i18n-context'
import { weekdayDate } from '../../i18n/format-date'
import type { JudgedRow } from './school-list'

export function ImportPreview({ rows, locale }: { rows: readonly JudgedRow[]; locale: 'nl' | 'en' }) {
  const t = useT()
  return (
    <table className="study-days-table study-days-preview">
      <caption>{t('studyDays.import.preview')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('studyDays.import.line')}</th>
          <th scope="col">{t('studyDays.date')}</th>
          <th scope="col">{t('studyDays.kind')}</th>
          <th scope="col">{t('studyDays.import.result')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line} className={row.verdict === 'ok' ? undefined : 'study-days-skipped'}>
            <th scope="row">{row.line}</th>
            <td>{row.date !== null ? <time dateTime={row.date}>{weekdayDate(row.date, locale)}</time> : row.dateText}</td>
            <td>{row.kind !== null ? t(`studyDays.kind.${row.kind}`) : row.kindText}</td>
            <td>{row.verdict === 'ok' ? t('studyDays.import.ok') : t('studyDays.import.skipped', { reason: t(`studyDays.skip.${row.verdict}`) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
