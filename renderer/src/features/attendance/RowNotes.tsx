// What the list says about a child beside its times (R5, R12, F2): "Afgemeld (ziek)" with its day
// part and `gemeld om`; a corrected absence or check-in struck through with "gecorrigeerd" and the
// reason (the original stays in the record); went home during the day; unplanned.
import { clockTime } from '../../i18n/format-instant'
import type { AttendanceEntry, JournalEntry } from '../../../../shared/domain'
import { useT } from '../../i18n/i18n-context'
import { longDate } from '../../i18n/format-date'
import type { MessageKey } from '../../i18n/nl'
import type { RowRequest } from './attendance-rows'
import { originalTimes, type AbsenceView } from './day-facts'

const clock = (instant: string | undefined) => clockTime(instant, '–')

export interface RowNotesProps {
  absences: readonly AbsenceView[]
  corrections: readonly JournalEntry[]
  entry?: AttendanceEntry
  request?: RowRequest
}

export function RowNotes({ absences, corrections, entry, request }: RowNotesProps) {
  const t = useT()
  return (
    <ul className="row-notes">
      {request && (
        <li className="row-note" data-request-id={request.id}>
          {t('rows.request', { kind: t(`request.kind.${request.kind}` as MessageKey), payment: t(`request.payment.${request.payment}` as MessageKey) })}
          {/* R15: care billed on invoice appears on next month's invoice, dated the 10th. */}
          {request.invoiceDate && <> · {t('rows.invoiceDate', { date: longDate(request.invoiceDate, t.locale) })}</>}
        </li>
      )}
      {absences.map(({ absence, correction }) => {
        const text = t('rows.absent', { reason: t(`absence.reason.${absence.reason.code}`) })
        const detail = t('rows.absentDetail', { dayPart: absence.dayPart, time: clock(absence.reportedAt) })
        return (
          <li key={absence.id} data-absence-id={absence.id} className={correction ? 'row-note row-note--corrected' : 'row-note'}>
            {correction
              ? <><del>{text} · {detail}</del>{' '}<span>{t('rows.corrected', { reason: correction.reason ?? '' })}</span></>
              : <><strong>{text}</strong> · {detail}</>}
          </li>
        )
      })}
      {corrections.map((correction) => {
        const original = originalTimes(correction)
        return (
          <li key={correction.id} className="row-note row-note--corrected">
            <del>{t('rows.originalTimes', { checkIn: clock(original.checkIn), checkOut: clock(original.checkOut) })}</del>{' '}
            <span>{t('rows.corrected', { reason: correction.reason ?? '' })}</span>
          </li>
        )
      })}
      {entry?.wentHome && <li className="row-note">{t('attendance.wentHome')}</li>}
      {entry?.unplanned && <li className="row-note">{t('rows.unplanned')}</li>}
    </ul>
  )
}
