// The Personeel section of the Aanwezigheidslijst (issue 9): the ratio for the chosen group and date,
// the staff on the group that day with their state, and, for staff who may register attendance,
// Inchecken / Uitchecken per staff member (today only) and a `Medewerker` choice to Inroosteren (today
// and later) or Inchecken at once (today). Thin: the logic is in staff-entry, staff-rows, ratio-summary.
import { useId, useState } from 'react'
import { amsterdamDate, amsterdamTime } from '../../../../../shared/calendar'
import type { Child } from '../../../../../shared/domain'
import { useServices } from '../../../app/app-services'
import { failureMessage } from '../../../app/failure-message'
import { serverNow } from '../../../bridge/sync-status'
import { useT } from '../../../i18n/i18n-context'
import { clockTime } from '../../../i18n/format-instant'
import type { AttendanceRow } from '../attendance-rows'
import type { GroupChoice } from '../use-attendance-data'
import { RatioLine } from './RatioLine'
import { ratioSummary } from './ratio-summary'
import { recordStaff } from './record-staff'
import { allowedStaffActions, type StaffAction } from './staff-entry'
import { staffCandidates, staffRows, type StaffState } from './staff-rows'
import { useDayStaff, useStaffMembers } from './use-staff-data'
import { useMinuteTick } from '../../../ui/use-minute-tick'

export interface StaffPanelProps {
  choice: GroupChoice | undefined
  date: string
  rows: readonly AttendanceRow[] | null
  /** The location's children: their birth dates for the ratio. */
  locationChildren: readonly Child[]
}

const announced = { plan: 'staff.announce.plan', checkIn: 'staff.announce.checkIn', checkOut: 'staff.announce.checkOut' } as const

export function StaffPanel({ choice, date, rows, locationChildren }: StaffPanelProps) {
  const services = useServices()
  const t = useT()
  const titleId = useId()
  const selectId = useId()
  useMinuteTick()
  const entries = useDayStaff(services.db, choice?.group.id, date)
  const members = useStaffMembers(services.db)
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  if (!choice) return null

  const now = serverNow(services.status.current())
  const today = amsterdamDate(now)
  const isToday = date === today
  const canRecord = services.permissions.can('aanwezigheid.registreren')
  const list = staffRows(entries, members)
  const candidates = staffCandidates(members, choice.location.id, new Set(entries.map((e) => e.staffId)))
  const picked = candidates.find((s) => s.id === chosen)
  const summary = rows
    ? ratioSummary({
      careType: choice.group.careType, date, today, now, rows, staff: entries,
      birthDates: new Map(locationChildren.map((c) => [c.id, c.birthDate])),
    })
    : { kind: 'none' as const }

  async function act(staffId: string, name: string, action: StaffAction) {
    if (!choice || !canRecord) return
    setError(null)
    try {
      const at = serverNow(services.status.current()).toISOString()
      await recordStaff(services.db.attendance, {
        date, groupId: choice.group.id, locationId: choice.location.id, staffId, action, at, by: services.staffId, device: services.deviceId,
      })
      setAnnouncement(t(announced[action], { name, time: amsterdamTime(new Date(at)) }))
      if (staffId === chosen) setChosen('')
    } catch (e) {
      setError(t('staff.saveFailed', { message: failureMessage(e, t) }))
    }
  }

  const stateText = (state: StaffState) => state.kind === 'ingeroosterd' ? t('staff.state.planned')
    : t(state.kind === 'ingecheckt' ? 'staff.state.checkedIn' : 'staff.state.checkedOut', { time: clockTime(state.at) })

  return (
    <section className="staff-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('staff.title')}</h2>
      <RatioLine summary={summary} />
      {error && <p role="alert" className="error">{error}</p>}
      <p role="status" aria-live="polite" className="row-announcer">{announcement}</p>
      {list.length === 0 ? <p>{t('staff.empty')}</p> : (
        <table className="staff-list">
          <thead>
            <tr>
              <th scope="col">{t('staff.name')}</th>
              <th scope="col">{t('staff.stateColumn')}</th>
              {canRecord && isToday && <th scope="col">{t('staff.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.map((row) => {
              const allowed = allowedStaffActions(row.entry)
              return (
                <tr key={row.staffId} data-staff-id={row.staffId}>
                  <th scope="row">{row.name}</th>
                  <td>{stateText(row.state)}</td>
                  {canRecord && isToday && (
                    <td>
                      <div className="actions">
                        <button type="button" disabled={!allowed.checkIn} aria-label={t('staff.checkInStaff', { name: row.name })}
                          onClick={() => void act(row.staffId, row.name, 'checkIn')}>{t('staff.checkIn')}</button>
                        <button type="button" disabled={!allowed.checkOut} aria-label={t('staff.checkOutStaff', { name: row.name })}
                          onClick={() => void act(row.staffId, row.name, 'checkOut')}>{t('staff.checkOut')}</button>
                      </div>
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {canRecord && date >= today && (
        <div className="staff-add">
          <label htmlFor={selectId}>{t('staff.choose')}</label>
          <select id={selectId} value={picked?.id ?? ''} onChange={(e) => setChosen(e.target.value)} disabled={candidates.length === 0}>
            <option value="">{candidates.length === 0 ? t('staff.noneLeft') : t('staff.chooseNone')}</option>
            {candidates.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          <button type="button" disabled={!picked} onClick={() => picked && void act(picked.id, picked.name, 'plan')}>{t('staff.plan')}</button>
          {isToday && (
            <button type="button" disabled={!picked} onClick={() => picked && void act(picked.id, picked.name, 'checkIn')}>{t('staff.checkIn')}</button>
          )}
        </div>
      )}
    </section>
  )
}
