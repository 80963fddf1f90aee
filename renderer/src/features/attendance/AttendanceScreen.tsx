// F2, the Aanwezigheidslijst: choose a group and a date, see who is expected, and per child check in
// and out, report an absence (R4–R7), mark went home (R5), correct a mistake (R12); add a child who is
// there but not on the list. List-level tools (lock, refresh, emergency list, print) are ListTools'.
// Every control has a visible label or an accessible name that includes the child's name.
import { useId, useMemo, useState } from 'react'
import { amsterdamDate, amsterdamTime } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { absenceDayPartOptions } from './absence-day-parts'
import { AbsenceDialog } from './AbsenceDialog'
import { allowedActions, type EntryAction } from './attendance-entry'
import { ChildRow, type RowPermissions } from './ChildRow'
import { CorrectionDialog, type CorrectionTarget } from './CorrectionDialog'
import { dayFacts, standingAbsences } from './day-facts'
import { dayPartCounts, listCounts } from './day-part-counts'
import { ListTools } from './list-tools/ListTools'
import { listSections } from './list-sections'
import { recordAttendance } from './record-attendance'
import { RequestDayDialog } from './RequestDayDialog'
import { StaffPanel } from './staff/StaffPanel'
import { useAttendanceRows, useGroups } from './use-attendance-data'
import { useLocationDay } from './use-day-facts'
import { useRowFocus } from './use-row-focus'
import { WalkInDialog } from './WalkInDialog'
import './row-actions.css'
import { childName } from './attendance-rows'
import type { AttendanceEntry, DayPart } from '../../../../shared/domain'

/** One line of the table, whichever part of the list it is in. */
interface ListItem {
  childId: string
  name: string
  dayParts: readonly DayPart[]
  expected: boolean
  entry?: AttendanceEntry
}

type OpenDialog =
  | { kind: 'absence'; item: ListItem; options: DayPart[] }
  | { kind: 'correction'; target: CorrectionTarget }
  | { kind: 'requestDay'; childId: string; name: string }
  | { kind: 'walkIn' }
  | null

const announced: Record<EntryAction, 'rows.announce.checkIn' | 'rows.announce.checkOut' | 'rows.announce.wentHome'> = {
  checkIn: 'rows.announce.checkIn', checkOut: 'rows.announce.checkOut', wentHome: 'rows.announce.wentHome',
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
  const can: RowPermissions = {
    record: permissions.can('aanwezigheid.registreren'),
    report: permissions.can('afwezigheid.melden'),
    correct: permissions.can('afwezigheid.corrigeren'),
    request: permissions.can('aanvraag.indienen'),
  }
  const showActions = can.record || can.report || can.correct || can.request
  const [groupId, setGroupId] = useState<string>('')
  const [date, setDate] = useState<string>(() => amsterdamDate(serverNow(services.status.current())))
  const [error, setError] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const choice = useMemo(() => groups.find((g) => g.group.id === groupId) ?? groups[0], [groups, groupId])
  const rows = useAttendanceRows(services.db, choice, date)
  const day = useLocationDay(services.db, choice?.location.id, date)

  const facts = useMemo(
    () => dayFacts({ groupId: choice?.group.id ?? '', date, absences: day.absences, journal: day.journal }),
    [choice, date, day.absences, day.journal],
  )
  const children = useMemo(() => new Map(day.children.map((c) => [c.id, c])), [day.children])
  const names = useMemo(() => new Map(day.children.map((c) => [c.id, childName(c)])), [day.children])
  const sections = useMemo(() => listSections(rows ?? [], facts, names), [rows, facts, names])
  const items: ListItem[] = [...sections.planned, ...sections.toRegularise, ...sections.absent.map((a) => ({ ...a, dayParts: [], expected: false }))]

  async function check(item: ListItem, action: EntryAction): Promise<boolean> {
    if (!choice || !can.record) return false
    setError(null)
    try {
      const at = serverNow(services.status.current()).toISOString()
      await recordAttendance(services.db.attendance, {
        date, groupId: choice.group.id, locationId: choice.location.id, childId: item.childId, action,
        unplanned: !item.expected, at, by: services.staffId, device: services.deviceId,
      })
      setAnnouncement(t(announced[action], { name: item.name, time: amsterdamTime(new Date(at)) }))
      return true
    } catch (e) {
      setError(t('attendance.saveFailed', { message: failureMessage(e, t) }))
      return false
    }
  }

  const focusFor = useRowFocus(items.length, (index, action) => {
    const item = items[index]
    if (!item) return
    if (can.record && allowedActions(item.entry)[action]) void check(item, action)
    else setAnnouncement(t('rows.announce.notPossible', { name: item.name, action: t(action === 'checkIn' ? 'attendance.checkIn' : 'attendance.checkOut') }))
  })

  function closeWith(message: string) {
    setDialog(null)
    setAnnouncement(message)
  }

  const { present, expected } = listCounts(rows ?? [])
  const counts = choice && rows ? dayPartCounts(choice.group, rows).map((c) => t('rows.dayPartCount', { dayPart: c.dayPart, count: c.count, capacity: c.capacity })) : []

  const renderItem = (item: ListItem, index: number) => {
    const absences = facts.absences.get(item.childId) ?? []
    const standing = standingAbsences(absences)
    const options = choice && item.expected ? absenceDayPartOptions(choice.group, item.dayParts, standing.map((a) => a.dayPart)) : []
    return (
      <ChildRow key={item.childId} {...item} absences={absences} corrections={facts.entryCorrections.get(item.childId) ?? []}
        absenceOptions={options} can={can} showActions={showActions} focus={focusFor(index)}
        onCheck={(action) => void check(item, action)}
        onReportAbsence={() => setDialog({ kind: 'absence', item, options })}
        onRequestDay={() => setDialog({ kind: 'requestDay', childId: item.childId, name: item.name })}
        onCorrectAbsence={() => setDialog({ kind: 'correction', target: { kind: 'absence', childId: item.childId, name: item.name, absences: standing.filter((a) => a.reportedVia === 'medewerker') } })}
        onCorrectEntry={() => item.entry && choice && setDialog({ kind: 'correction', target: { kind: 'entry', childId: item.childId, name: item.name, date, groupId: choice.group.id, entry: item.entry } })}
      />
    )
  }
  const columns = showActions ? 6 : 5
  const sectionHeader = (label: string) => (
    <tr className="list-section-header"><th scope="rowgroup" colSpan={columns}>{label}</th></tr>
  )
  const absentChild = dialog?.kind === 'absence' ? children.get(dialog.item.childId) : undefined

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
        {can.record && choice && <button type="button" onClick={() => setDialog({ kind: 'walkIn' })}>{t('rows.addChild')}</button>}
      </div>
      {!can.record && !services.revoked && <p className="read-only">{t('attendance.readOnly')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <p role="status" aria-live="polite" aria-label={t('rows.announcer')} className="row-announcer">{announcement}</p>
      <ListTools choice={choice} date={date} rows={rows} />
      {rows && items.length === 0 && <p>{t('attendance.empty')}</p>}
      {rows && items.length > 0 && (
        <table className="attendance-list" aria-describedby={`${titleId}-keys`}>
          <caption>{[choice ? choice.group.name : '', t('attendance.counts', { present, expected }), ...counts].join(' · ')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.child')}</th>
              <th scope="col">{t('attendance.dayParts')}</th>
              <th scope="col">{t('attendance.checkedIn')}</th>
              <th scope="col">{t('attendance.checkedOut')}</th>
              <th scope="col">{t('rows.notes')}</th>
              {showActions && <th scope="col">{t('attendance.actions')}</th>}
            </tr>
          </thead>
          <tbody>{sections.planned.map((row, i) => renderItem(row, i))}</tbody>
          {sections.toRegularise.length > 0 && (
            <tbody aria-label={t('rows.toRegularise')} className="list-section list-section--regularise">
              {sectionHeader(t('rows.toRegularise'))}
              {sections.toRegularise.map((row, i) => renderItem(row, sections.planned.length + i))}
            </tbody>
          )}
          {sections.absent.length > 0 && (
            <tbody aria-label={t('rows.absentSection')} className="list-section list-section--absent">
              {sectionHeader(t('rows.absentSection'))}
              {items.slice(sections.planned.length + sections.toRegularise.length).map((item, i) => renderItem(item, sections.planned.length + sections.toRegularise.length + i))}
            </tbody>
          )}
        </table>
      )}
      <p id={`${titleId}-keys`} className="row-dialog-hint">{t('rows.keyboardHint')}</p>
      <StaffPanel choice={choice} date={date} rows={rows} locationChildren={day.children} />
      {dialog?.kind === 'absence' && choice && absentChild && (
        <AbsenceDialog child={absentChild} name={dialog.item.name} group={choice.group} locationId={choice.location.id} date={date}
          options={dialog.options} {...(dialog.item.entry ? { entry: dialog.item.entry } : {})} onClose={() => setDialog(null)} onSaved={closeWith} />
      )}
      {dialog?.kind === 'correction' && <CorrectionDialog target={dialog.target} onClose={() => setDialog(null)} onSaved={closeWith} />}
      {dialog?.kind === 'requestDay' && choice && (
        <RequestDayDialog childId={dialog.childId} name={dialog.name} groupId={choice.group.id} date={date} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'walkIn' && choice && (
        <WalkInDialog locationChildren={day.children} locationId={choice.location.id} onList={new Set((rows ?? []).map((r) => r.childId))}
          onClose={() => setDialog(null)}
          onAdd={async (candidate) => {
            const done = await check({ ...candidate, dayParts: [], expected: false }, 'checkIn')
            if (done) setDialog(null)
            return done
          }} />
      )}
    </section>
  )
}
