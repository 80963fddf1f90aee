// The Dagverslag BKR as a printable document (Afdrukken, Opslaan als pdf through the attendance
// list's PrintActions) and the periods table the screen shows too: only data in, markup out, so what
// is printed is what was seen.
import type { RatioSegment } from '../../../../shared/rules'
import { dutchDate, clockTime, formatInstant } from '../../i18n/format-instant'
import type { Translate } from '../../i18n/translate'
import type { GroupRecord } from './group-record'
import { minutesText, verdictText } from './record-text'

export interface RecordSection {
  groupId: string
  groupName: string
  careType: string
  record: GroupRecord
}

export function RecordPeriods({ t, groupName, segments }: { t: Translate; groupName: string; segments: readonly RatioSegment[] }) {
  const below = segments.filter((s) => s.below)
  if (below.length === 0) return <p>{t('ratioRecord.noPeriods')}</p>
  return (
    <table className="ratio-record-periods" aria-label={t('ratioRecord.periods', { group: groupName })}>
      <thead>
        <tr>
          <th scope="col">{t('ratioRecord.col.from')}</th>
          <th scope="col">{t('ratioRecord.col.to')}</th>
          <th scope="col">{t('ratioRecord.col.children')}</th>
          <th scope="col">{t('ratioRecord.col.required')}</th>
          <th scope="col">{t('ratioRecord.col.present')}</th>
        </tr>
      </thead>
      <tbody>
        {below.map((s) => (
          <tr key={s.from.toISOString()} data-below-half={s.belowHalf || undefined}>
            <td>{clockTime(s.from.toISOString())}</td>
            <td>{clockTime(s.to.toISOString())}</td>
            <td>{s.children}</td>
            <td>{s.required ?? t('ratioRecord.tooMany')}</td>
            <td>{s.present}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export interface RecordDocumentProps {
  t: Translate
  locationName: string
  date: string
  sections: readonly RecordSection[]
  printedAt: string
  printedBy: string
}

export function RecordDocument(p: RecordDocumentProps) {
  const { t } = p
  return (
    <article className="printable">
      <h1>{`${t('ratioRecord.title')} · ${p.locationName}`}</h1>
      <p className="printable-summary">{dutchDate(p.date)}</p>
      {p.sections.map((s) => (
        <section key={s.groupId}>
          <h2>{t('ratioRecord.section', { group: s.groupName, careType: s.careType })}</h2>
          <p>{`${minutesText(t, s.record)}. ${t('ratioRecord.allowed', { minutes: s.record.verdict.allowedMinutes })}`}</p>
          <p>{verdictText(t, s.record)}</p>
          <RecordPeriods t={t} groupName={s.groupName} segments={s.record.timeline.segments} />
        </section>
      ))}
      <p>{t('ratioRecord.notChecked')}</p>
      <p className="printable-footer">{t('listTools.printedBy', { time: formatInstant(p.printedAt), name: p.printedBy })}</p>
    </article>
  )
}
