// F2, first version: choose a group and a date, see who is expected, check children in and out.
// Every control has a visible label or an accessible name that includes the child's name.
import { useId, useMemo, useState } from 'react'
import { amsterdamDate, amsterdamTime } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { allowedActions, type CheckAction } from './attendance-entry'
import type { AttendanceRow } from './attendance-rows'
import { recordAttendance } from './record-attendance'
import { useAttendanceRows, useGroups } from './use-attendance-data'

function time(instant: string | undefined): string {
  return instant ? amsterdamTime(new Date(instant)) : ''
}

export function AttendanceScreen() {
  const services = useServices()
  const t = useT()
  const groupSelectId = useId()
  const dateInputId = useId()
  const titleId = useId()
  const allGroups = useGroups(services.db)
  const { permissions } = services
  // R19: only groups of locations both the user and this PC cover.
  const groups = useMemo(() => allGroups.filter((g) => permissions.covers(g.location.id)), [allGroups, permissions])
  const mayRecord = permissions.can('aanwezigheid.registreren')
  const [groupId, setGroupId] = useState<string>('')
  const [date, setDate] = useState<string>(() => amsterdamDate(serverNow(services.status.current())))
  const [error, setError] = useState<string | null>(null)
  const choice = useMemo(() => groups.find((g) => g.group.id === groupId) ?? groups[0], [groups, groupId])
  const rows = useAttendanceRows(services.db, choice, date)

  async function check(row: AttendanceRow, action: CheckAction) {
    if (!choice || !mayRecord) return
    setError(null)
    try {
      await recordAttendance(services.db.attendance, {
        date, groupId: choice.group.id, locationId: choice.location.id, childId: row.childId, action,
        unplanned: !row.expected,
        at: serverNow(services.status.current()).toISOString(), by: services.staffId, device: services.deviceId,
      })
    } catch (e) {
      setError(t('attendance.saveFailed', { message: e instanceof Error ? e.message : String(e) }))
    }
  }

  const present = rows?.filter((row) => row.entry?.checkIn && !row.entry.checkOut).length ?? 0
  const expected = rows?.filter((row) => row.expected).length ?? 0

  return (
    <section className="attendance" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('attendance.title')}</h1>
      <div className="attendance-controls">
        <label htmlFor={groupSelectId}>{t('attendance.group')}</label>
        <select id={groupSelectId} value={choice?.group.id ?? ''} onChange={(e) => setGroupId(e.target.value)} disabled={groups.length === 0}>
          {groups.length === 0 && <option value="">{t('attendance.noGroups')}</option>}
          {groups.map(({ group, location }) => (
            <option key={group.id} value={group.id}>{`${location.name} – ${group.name} (${group.careType})`}</option>
          ))}
        </select>
        <label htmlFor={dateInputId}>{t('attendance.date')}</label>
        <input id={dateInputId} type="date" value={date} required onChange={(e) => e.target.value && setDate(e.target.value)} />
      </div>
      {!mayRecord && !services.revoked && <p className="read-only">{t('attendance.readOnly')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {rows && rows.length === 0 && <p>{t('attendance.empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="attendance-list">
          <caption>{`${choice ? choice.group.name : ''} · ${t('attendance.counts', { present, expected })}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.child')}</th>
              <th scope="col">{t('attendance.dayParts')}</th>
              <th scope="col">{t('attendance.checkedIn')}</th>
              <th scope="col">{t('attendance.checkedOut')}</th>
              {mayRecord && <th scope="col">{t('attendance.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const allowed = allowedActions(row.entry)
              return (
                <tr key={row.childId} data-child-id={row.childId}>
                  <th scope="row">{row.name}{!row.expected && <em className="not-expected"> ({t('attendance.notExpected')})</em>}</th>
                  <td>{row.dayParts.join(', ')}</td>
                  <td><time dateTime={row.entry?.checkIn}>{time(row.entry?.checkIn)}</time></td>
                  <td><time dateTime={row.entry?.checkOut}>{time(row.entry?.checkOut)}</time></td>
                  {mayRecord && (
                    <td>
                      <div className="actions">
                        <button type="button" disabled={!allowed.checkIn} aria-label={t('attendance.checkInChild', { name: row.name })} onClick={() => void check(row, 'checkIn')}>
                          {t('attendance.checkIn')}
                        </button>
                        <button type="button" disabled={!allowed.checkOut} aria-label={t('attendance.checkOutChild', { name: row.name })} onClick={() => void check(row, 'checkOut')}>
                          {t('attendance.checkOut')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
