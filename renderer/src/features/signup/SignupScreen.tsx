// F6, Intekenlijsten for the location: choose the location (when the user and this PC cover more than
// one), see the coming study and closing days of its schools with their sheets (`Komende studiedagen`),
// and open a day's sheet (SheetView).
import { useEffect, useId, useMemo, useState } from 'react'
import { map } from 'rxjs'
import type { Location } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { openSheetMemory } from './open-sheet-memory'
import { longDate } from '../../i18n/format-date'
import { SheetView } from './SheetView'
import { upcomingDays$ } from './signup-data'
import './signup.css'

export function SignupScreen() {
  const services = useServices()
  const { db, permissions } = services
  const t = useT()
  const titleId = useId()
  const selectId = useId()
  const locale = services.info.locale
  const all = useObservable(useMemo(() => db.locations.find().$.pipe(
    map((docs) => docs.map((d) => d.toMutableJSON() as Location).sort((a, b) => a.name.localeCompare(b.name, 'nl'))),
  ), [db]), [])
  // R19: only locations both the user and this PC cover.
  const locations = useMemo(() => all.filter((l) => permissions.covers(l.id)), [all, permissions])
  const [locationId, setLocationId] = useState(() => openSheetMemory.get()?.locationId ?? '')
  const [date, setDate] = useState<string | null>(() => openSheetMemory.get()?.date ?? null)
  const location = locations.find((l) => l.id === locationId) ?? locations[0]
  const today = amsterdamDate(serverNow(services.status.current()))
  const days = useObservable(useMemo(() => (location ? upcomingDays$(db, location, today) : null), [db, location, today]), null)

  useEffect(() => {
    openSheetMemory.set(location && date ? { locationId: location.id, date } : null)
  }, [location, date])

  const statusText = (status: 'open' | 'gesloten' | null) => t(status ? `signup.sheetStatus.${status}` : 'signup.sheetStatus.none')

  return (
    <section className="signup" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('signup.title')}</h1>
      {locations.length === 0 && <p>{t('signup.noLocations')}</p>}
      {locations.length > 1 && (
        <div className="signup-controls">
          <label htmlFor={selectId}>{t('signup.location')}</label>
          <select id={selectId} value={location?.id ?? ''} onChange={(e) => {
            setLocationId(e.target.value)
            setDate(null)
          }}>
            {locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </div>
      )}
      {days && days.length === 0 && <p>{t('signup.noUpcoming')}</p>}
      {days && days.length > 0 && (
        <table className="upcoming-days">
          <caption>{t('signup.upcoming')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signup.col.date')}</th>
              <th scope="col">{t('signup.col.kind')}</th>
              <th scope="col">{t('signup.col.schools')}</th>
              <th scope="col">{t('signup.col.lines')}</th>
              <th scope="col">{t('signup.col.sheet')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => {
              const label = longDate(day.date, locale)
              return (
                <tr key={day.date} data-date={day.date} aria-current={day.date === date ? 'true' : undefined}>
                  <th scope="row">
                    <button type="button" onClick={() => setDate(day.date)}>{t('signup.sheet', { date: label })}</button>
                  </th>
                  <td>{day.kinds.map((k) => t(`signup.kind.${k}`)).join(', ')}</td>
                  <td>{day.schools.join(', ')}</td>
                  <td>{day.lineCount}</td>
                  <td data-status={day.sheetStatus ?? 'none'}>{statusText(day.sheetStatus)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {location && date && <SheetView key={`${location.id}:${date}`} location={location} date={date} dateLabel={longDate(date, locale)} />}
    </section>
  )
}
