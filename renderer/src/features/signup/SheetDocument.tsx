// The printable intekenlijst (`Afdrukken`, `Opslaan als pdf`): a header with the location, the date,
// the sheet's status and when and by whom it was printed, then every line with its signature. It uses
// list-tools' printable frame and stylesheet (rows are never split over two pages there).
import { formatInstant } from '../../i18n/format-instant'
import type { Translate } from '../../i18n/translate'
import type { SheetRow } from './sheet-rows'
import { SheetTable } from './SheetTable'

export interface SheetDocumentProps {
  t: Translate
  locationName: string
  /** 'd MMMM yyyy' as shown on screen. */
  dateLabel: string
  status: 'open' | 'gesloten'
  rows: readonly SheetRow[]
  /** ISO instant, and who printed it. */
  printedAt: string
  printedBy: string
  closedBy?: { name: string; at: string } | null
}

export function SheetDocument(p: SheetDocumentProps) {
  const { t } = p
  const standing = p.rows.filter((r) => r.status !== 'ingetrokken').length
  return (
    <article className="printable">
      <h1>{t('signup.sheet', { date: p.dateLabel })}</h1>
      <p className="printable-summary">
        {t('signup.print.summary', { location: p.locationName, date: p.dateLabel, status: t(`signup.sheetStatus.${p.status}`), count: standing })}
      </p>
      {p.closedBy && <p>{t('signup.closedBy', { name: p.closedBy.name, time: formatInstant(p.closedBy.at) })}</p>}
      {p.rows.length === 0 ? <p>{t('signup.noLines')}</p> : <SheetTable t={t} rows={p.rows} signatureWidth={150} paper />}
      <p className="printable-footer">{t('listTools.printedBy', { time: formatInstant(p.printedAt), name: p.printedBy })}</p>
    </article>
  )
}
