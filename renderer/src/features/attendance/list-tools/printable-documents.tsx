// The two printable documents of the list: the day's Aanwezigheidslijst and the Noodlijst. One
// component each serves the screen (the Noodlijst dialog), `Afdrukken` (print-portal.tsx) and the PDF
// (printable-html.ts renders it to a self-contained HTML document), so what is printed is what was seen.
// Only data in, markup out: no hooks, so they render on the server side of React too.
import { amsterdamDate, amsterdamTime } from '../../../../../shared/calendar'
import { listCounts } from '../day-part-counts'
import { clockTime as clock, dutchDate, formatInstant as stamp } from '../../../i18n/format-instant'
import type { Translate } from '../../../i18n/translate'
import type { AttendanceRow } from '../attendance-rows'
import type { EmergencyChild } from './emergency-list'

export interface DayListDocumentProps {
  t: Translate
  locationName: string
  groupName: string
  careType: string
  date: string
  rows: readonly AttendanceRow[]
  /** ISO instant and name of who printed it. */
  printedAt: string
  printedBy: string
}

export function DayListDocument(p: DayListDocumentProps) {
  const { t } = p
  const { present, expected } = listCounts(p.rows)
  return (
    <article className="printable">
      <h1>{`${t('attendance.title')} · ${p.groupName} (${p.careType})`}</h1>
      <p className="printable-summary">{`${p.locationName} · ${dutchDate(p.date)} · ${t('attendance.counts', { present, expected })}`}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('attendance.child')}</th>
            <th scope="col">{t('attendance.dayParts')}</th>
            <th scope="col">{t('attendance.checkedIn')}</th>
            <th scope="col">{t('attendance.checkedOut')}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((row) => (
            <tr key={row.childId} data-child-id={row.childId}>
              <th scope="row">{row.expected ? row.name : `${row.name} (${t('attendance.notExpected')})`}</th>
              <td>{row.dayParts.join(', ')}</td>
              <td>{clock(row.entry?.checkIn)}</td>
              <td>{clock(row.entry?.checkOut)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="printable-footer">{t('listTools.printedBy', { time: stamp(p.printedAt), name: p.printedBy })}</p>
    </article>
  )
}

export interface EmergencyListDocumentProps {
  t: Translate
  locationName: string
  /** The moment the list shows (ISO): "in the building now". */
  at: string
  children: readonly EmergencyChild[]
  printedBy: string
  /** The dialog names itself; a printed page carries its own title. */
  titled: boolean
}

function Contacts({ child, t }: { child: EmergencyChild; t: Translate }) {
  if (!child.known) return <>{t('emergency.unknown')}</>
  return (
    <ul>
      {child.parents.map((parent) => <li key={parent.name}>{`${parent.name}: ${parent.phones.join(', ') || '–'}`}</li>)}
    </ul>
  )
}

function Medical({ child, t }: { child: EmergencyChild; t: Translate }) {
  if (!child.known) return <>{t('emergency.unknown')}</>
  const parts = [child.allergies.join(', '), child.medicalNotes].filter((part) => part.trim() !== '')
  return parts.length === 0 ? <>{t('emergency.none')}</> : <span className="printable-alert">{parts.join(' · ')}</span>
}

export function EmergencyListDocument(p: EmergencyListDocumentProps) {
  const { t } = p
  const at = new Date(p.at)
  return (
    <article className="printable">
      {p.titled && <h1>{t('emergency.title')}</h1>}
      <p className="printable-summary">
        {t('emergency.summary', { location: p.locationName, date: dutchDate(amsterdamDate(at)), time: amsterdamTime(at), count: p.children.length })}
      </p>
      {p.children.length === 0 ? <p>{t('emergency.empty')}</p> : (
        <table aria-label={t('emergency.title')}>
          <thead>
            <tr>
              <th scope="col">{t('attendance.child')}</th>
              <th scope="col">{t('emergency.group')}</th>
              <th scope="col">{t('emergency.since')}</th>
              <th scope="col">{t('emergency.parents')}</th>
              <th scope="col">{t('emergency.collectors')}</th>
              <th scope="col">{t('emergency.medical')}</th>
            </tr>
          </thead>
          <tbody>
            {p.children.map((child) => (
              <tr key={child.childId} data-child-id={child.childId}>
                <th scope="row">{child.name}</th>
                <td>{child.groupName}</td>
                <td>{clock(child.checkIn)}</td>
                <td><Contacts child={child} t={t} /></td>
                <td>
                  {!child.known ? t('emergency.unknown') : child.collectors.length === 0 ? t('emergency.none') : (
                    <ul>{child.collectors.map((c) => <li key={`${c.name}:${c.phone}`}>{`${c.name} (${c.relation}): ${c.phone}`}</li>)}</ul>
                  )}
                </td>
                <td><Medical child={child} t={t} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="printable-footer">{t('listTools.printedBy', { time: stamp(p.at), name: p.printedBy })}</p>
    </article>
  )
}
