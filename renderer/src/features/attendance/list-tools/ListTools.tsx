// The list-level tools above the Aanwezigheidslijst (F2, R18): whether the list is locked against
// planning changes and `Ontgrendelen` (for those R18 allows; the others read why not), on an unlocked
// list `Planning verversen` and `Lijst vergrendelen`, the `Noodlijst`, and printing the day's list.
// Checking in and out is never blocked by the lock: that is the rows' business, not the planning's.
import { useEffect, useMemo, useState } from 'react'
import { attendanceDayId } from '../../../../../shared/domain'
import { amsterdamDate } from '../../../../../shared/calendar'
import { listsLockedByDefault } from '../../../../../shared/rules'
import { useServices } from '../../../app/app-services'
import { failureMessage } from '../../../app/failure-message'
import { serverNow } from '../../../bridge/sync-status'
import { formatInstant } from '../../../i18n/format-instant'
import { useT } from '../../../i18n/i18n-context'
import type { MessageKey } from '../../../i18n/nl'
import { useObservable } from '../../../ui/use-observable'
import type { AttendanceRow } from '../attendance-rows'
import type { GroupChoice } from '../use-attendance-data'
import { EmergencyDialog } from './EmergencyDialog'
import { listLocks, unlockedFor } from './list-lock'
import { isCurrent } from './list-snapshot'
import { PlanningChanges } from './PlanningChanges'
import { PrintActions } from './PrintActions'
import { DayListDocument } from './printable-documents'
import { refreshPlanning, type RefreshResult } from './refresh-planning'
import { pdfFileName } from './save-pdf'
import { watchSnapshot } from './snapshot-store'
import { recordUnlock, unlockAllowance, type UnlockAllowance } from './unlock-list'
import './printable.css'

export interface ListToolsProps {
  choice: GroupChoice | undefined
  /** 'yyyy-MM-dd' */
  date: string
  rows: AttendanceRow[] | null
}

export function ListTools({ choice, date, rows }: ListToolsProps) {
  if (!choice || !date) return null
  // A list of its own per group and date: leaving it drops its summary and locks it again.
  return <ListToolsFor key={attendanceDayId(date, choice.group.id)} choice={choice} date={date} rows={rows} />
}

const refusalNote: Record<Exclude<UnlockAllowance, { allowed: true }>['reason'], MessageKey> = {
  oud: 'listTools.unlockOld',
  'geen-recht': 'listTools.unlockNoRight',
  'alleen-bekijken': 'listTools.unlockReadOnly',
}

function ListToolsFor({ choice, date, rows }: { choice: GroupChoice; date: string; rows: AttendanceRow[] | null }) {
  const services = useServices()
  const t = useT()
  const { db, staffId, user, status } = services
  const { group, location } = choice
  const listId = attendanceDayId(date, group.id)
  const locks = listLocks(db)
  const unlock = useObservable(useMemo(() => locks.unlock$(listId), [locks, listId]), null)
  const snapshot = useObservable(useMemo(() => watchSnapshot(db, listId), [db, listId]), null)
  const [changes, setChanges] = useState<RefreshResult | null>(null)
  const [busy, setBusy] = useState<'unlock' | 'refresh' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [emergencyOpen, setEmergencyOpen] = useState(false)

  // R18: leaving the list (another group or date, the idle lock, signing out) locks it again.
  useEffect(() => () => locks.lock(listId), [locks, listId])

  const now = () => serverNow(status.current())
  const today = amsterdamDate(now())
  const unlocked = !listsLockedByDefault || unlockedFor(unlock, staffId)
  const allowance = unlockAllowance({
    permissions: services.permissions, role: user.role, revoked: services.revoked, locationId: location.id, listDate: date, today,
  })

  async function doUnlock() {
    setBusy('unlock')
    setError(null)
    try {
      const at = now().toISOString()
      await recordUnlock(db.journal, { date, groupId: group.id, locationId: location.id, by: staffId, device: services.deviceId, at, role: user.role })
      locks.unlock({ listId, by: staffId, at })
    } catch (e) {
      setError(t('listTools.unlockFailed', { message: failureMessage(e, t) }))
    } finally {
      setBusy(null)
    }
  }

  async function doRefresh() {
    setBusy('refresh')
    setError(null)
    try {
      setChanges(await refreshPlanning({
        db, sync: services.sync, online: status.current()?.online ?? false, group, locationId: location.id, date, now,
      }))
    } catch (e) {
      setError(t('listTools.refreshFailed', { message: failureMessage(e, t) }))
    } finally {
      setBusy(null)
    }
  }

  function relock() {
    locks.lock(listId)
    setChanges(null)
  }

  const lockState = unlocked
    ? t('listTools.unlocked', { name: user.name, time: formatInstant(unlock?.at ?? now().toISOString(), today) })
    : isCurrent(snapshot, today) ? t('listTools.lockedSince', { time: formatInstant(snapshot.takenAt, today) }) : t('listTools.locked')

  return (
    <>
      <section className="list-tools" aria-label={t('listTools.region')}>
        <p className={unlocked ? 'lock-state lock-state--unlocked' : 'lock-state'} role="status">{lockState}</p>
        {!unlocked && allowance.allowed && (
          <button type="button" disabled={busy !== null} onClick={() => void doUnlock()}>{t('listTools.unlock')}</button>
        )}
        {!unlocked && !allowance.allowed && <p className="unlock-note">{t(refusalNote[allowance.reason])}</p>}
        {unlocked && (
          <>
            <button type="button" disabled={busy !== null} aria-busy={busy === 'refresh'} onClick={() => void doRefresh()}>
              {t('listTools.refresh')}
            </button>
            {busy === 'refresh' && <span role="status">{t('listTools.refreshing')}</span>}
            <button type="button" onClick={relock}>{t('listTools.relock')}</button>
          </>
        )}
        <button type="button" onClick={() => setEmergencyOpen(true)}>{t('emergency.open')}</button>
        {rows && (
          <PrintActions
            document={() => (
              <DayListDocument t={t} locationName={location.name} groupName={group.name} careType={group.careType} date={date}
                rows={rows} printedAt={now().toISOString()} printedBy={user.name} />
            )}
            title={`${t('attendance.title')} ${group.name} ${date}`}
            fileName={() => pdfFileName([t('attendance.title'), location.name, group.name, date])}
            lang={services.info.locale}
          />
        )}
        {error && <p role="alert" className="error">{error}</p>}
      </section>
      {changes && <PlanningChanges result={changes} onDismiss={() => setChanges(null)} />}
      {emergencyOpen && <EmergencyDialog location={location} onClose={() => setEmergencyOpen(false)} />}
    </>
  )
}
