// One child on the Aanwezigheidslijst: name, day parts, times, what else is known (RowNotes) and the
// actions this user may take here. Every button's accessible name includes the child's name. The row
// itself takes part in the list's roving focus (list-keyboard.ts).
import type { KeyboardEvent } from 'react'
import { clockTime as time } from '../../i18n/format-instant'
import type { AttendanceEntry, DayPart, JournalEntry } from '../../../../shared/domain'
import { canUndoAbsence } from '../../../../shared/rules'
import { useT } from '../../i18n/i18n-context'
import { allowedActions, type EntryAction } from './attendance-entry'
import type { RowRequest } from './attendance-rows'
import { standingAbsences, type AbsenceView } from './day-facts'
import { RowNotes } from './RowNotes'

export interface RowPermissions {
  record: boolean
  report: boolean
  correct: boolean
  request: boolean
}

export interface RowFocus {
  tabIndex: 0 | -1
  ref: (element: HTMLTableRowElement | null) => void
  onFocus: () => void
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void
}

export interface RowHandlers {
  onCheck: (action: EntryAction) => void
  onReportAbsence: () => void
  onCorrectEntry: () => void
  onCorrectAbsence: () => void
  onRequestDay: () => void
}

export interface ChildRowProps extends RowHandlers {
  childId: string
  name: string
  dayParts: readonly DayPart[]
  expected: boolean
  entry?: AttendanceEntry
  request?: RowRequest
  absences: readonly AbsenceView[]
  corrections: readonly JournalEntry[]
  /** Day parts `Afwezig melden` may still report (absenceDayPartOptions). */
  absenceOptions: readonly DayPart[]
  can: RowPermissions
  showActions: boolean
  focus: RowFocus
}

export function ChildRow(props: ChildRowProps) {
  const { childId, name, entry, can, focus } = props
  const t = useT()
  const allowed = allowedActions(entry)
  const standing = standingAbsences(props.absences)
  const correctable = standing.filter((a) => canUndoAbsence(a.reportedVia).ok)
  const mayReport = can.report && props.absenceOptions.length > 0 && (!entry?.checkIn || entry.wentHome)
  const dayParts = props.dayParts.length > 0 ? props.dayParts : [...new Set(standing.map((a) => a.dayPart))]
  return (
    <tr data-child-id={childId} tabIndex={focus.tabIndex} ref={focus.ref} onFocus={focus.onFocus} onKeyDown={focus.onKeyDown}
      className={standing.length > 0 && !entry?.checkIn ? 'row row--absent' : 'row'}>
      <th scope="row">{name}{!props.expected && entry && <em className="not-expected"> ({t('attendance.notExpected')})</em>}</th>
      <td>{dayParts.join(', ')}</td>
      <td><time dateTime={entry?.checkIn}>{time(entry?.checkIn)}</time></td>
      <td><time dateTime={entry?.checkOut}>{time(entry?.checkOut)}</time></td>
      <td><RowNotes absences={props.absences} corrections={props.corrections} {...(entry ? { entry } : {})} {...(props.request ? { request: props.request } : {})} /></td>
      {props.showActions && (
        <td>
          <div className="actions">
            {can.record && (
              <>
                <button type="button" disabled={!allowed.checkIn} aria-label={t('attendance.checkInChild', { name })} onClick={() => props.onCheck('checkIn')}>
                  {t('attendance.checkIn')}
                </button>
                <button type="button" disabled={!allowed.checkOut} aria-label={t('attendance.checkOutChild', { name })} onClick={() => props.onCheck('checkOut')}>
                  {t('attendance.checkOut')}
                </button>
                {allowed.wentHome && (
                  <button type="button" aria-label={t('rows.wentHomeChild', { name })} onClick={() => props.onCheck('wentHome')}>
                    {t('attendance.wentHome')}
                  </button>
                )}
              </>
            )}
            {mayReport && (
              <button type="button" aria-label={t('rows.reportAbsenceChild', { name })} onClick={props.onReportAbsence}>{t('rows.reportAbsence')}</button>
            )}
            {can.request && standing.length > 0 && (
              <button type="button" aria-label={t('rows.requestDayChild', { name })} onClick={props.onRequestDay}>{t('rows.requestDay')}</button>
            )}
            {can.correct && correctable.length > 0 && (
              <button type="button" aria-label={t('rows.correctAbsenceChild', { name })} onClick={props.onCorrectAbsence}>{t('rows.correctAbsence')}</button>
            )}
            {can.correct && can.record && entry?.checkIn && (
              <button type="button" aria-label={t('rows.correctEntryChild', { name })} onClick={props.onCorrectEntry}>{t('rows.correctEntry')}</button>
            )}
          </div>
        </td>
      )}
    </tr>
  )
}
