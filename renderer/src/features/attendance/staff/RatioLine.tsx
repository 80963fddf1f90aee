// The ratio summary as text (issue 9): a status line with the numbers, and below it an alert when the
// group has too few staff or is too big for any number of staff. Words, not colour only.
import { useT } from '../../../i18n/i18n-context'
import type { RatioSummary } from './ratio-summary'

export function RatioLine({ summary }: { summary: RatioSummary }) {
  const t = useT()
  if (summary.kind === 'none') return null
  return (
    <div className="ratio" aria-label={t('ratio.title')} role="group">
      {summary.kind === 'now' && (
        <>
          <p role="status">{t('ratio.now', { required: summary.required, present: summary.present })}</p>
          {summary.short && <p role="alert" className="warning">{t('ratio.short', { required: summary.required, present: summary.present })}</p>}
        </>
      )}
      {summary.kind === 'planned' && (
        <>
          <p role="status">{t('ratio.planned', { required: summary.required, planned: summary.planned, children: summary.children })}</p>
          {summary.short && <p role="alert" className="warning">{t('ratio.shortPlanned', { required: summary.required, planned: summary.planned })}</p>}
        </>
      )}
      {summary.kind === 'refused' && <p role="alert" className="warning">{summary.message}</p>}
      {summary.unknown > 0 && <p>{t('ratio.unknownBirthDates', { count: summary.unknown })}</p>}
    </div>
  )
}
