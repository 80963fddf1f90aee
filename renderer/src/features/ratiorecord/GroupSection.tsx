// One group on the Dagverslag BKR screen: its minutes below the ratio, the allowance and the verdict
// (role="status", in words, not colour only), the periods, and for BSO whether the day is free of school.
import { useId } from 'react'
import { useT } from '../../i18n/i18n-context'
import { RecordPeriods, type RecordSection } from './RecordDocument'
import { minutesText, verdictText } from './record-text'

export interface GroupSectionProps {
  section: RecordSection
  /** e.g. "Tot nu (10:42)." for today. */
  until: string | null
  onSchoolDay: (groupId: string, schoolDay: boolean) => void
}

export function GroupSection({ section, until, onSchoolDay }: GroupSectionProps) {
  const t = useT()
  const id = useId()
  const { record } = section
  const title = t('ratioRecord.section', { group: section.groupName, careType: section.careType })
  return (
    <section className="ratio-record-group" aria-labelledby={`${id}-title`} data-group-id={section.groupId}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="ratio-record-minutes" data-minutes-below={Math.round(record.timeline.minutesBelow)}>
        {[`${minutesText(t, record)}.`, until, t('ratioRecord.allowed', { minutes: record.verdict.allowedMinutes })].filter(Boolean).join(' ')}
      </p>
      {record.careType === 'BSO' && (
        <p>
          <input id={`${id}-free`} type="checkbox" checked={!record.schoolDay} onChange={(e) => onSchoolDay(section.groupId, !e.target.checked)} />
          <label htmlFor={`${id}-free`}>{t('ratioRecord.schoolFree', { group: section.groupName })}</label>
        </p>
      )}
      <p role="status" className={record.verdict.ok ? 'ratio-record-verdict' : 'ratio-record-verdict error'}>{verdictText(t, record)}</p>
      <RecordPeriods t={t} groupName={section.groupName} segments={record.timeline.segments} />
    </section>
  )
}
