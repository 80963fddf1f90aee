// F6 for customer service, `Intekenlijsten verwerken`: the closed sign-up sheets of every location
// this user and PC cover (a central PC covers all), as a work queue, newest study day first; opening
// one shows its lines to process (SheetView). Sheets with nothing left to process are hidden unless
// `Ook afgehandelde lijsten` is ticked.
import { useId, useMemo, useState } from 'react'
import { useServices } from '../../app/app-services'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { longDate } from '../../i18n/format-date'
import { closedSheets$, locations$, staffNames$ } from './processing-data'
import { SheetView } from './SheetView'
import { visibleSheets } from './sheet-summaries'
import './processing.css'

const noNames: ReadonlyMap<string, string> = new Map()

export function ProcessingScreen() {
  const { db, permissions, info } = useServices()
  const t = useT()
  const titleId = useId()
  const locationSelectId = useId()
  const showDoneId = useId()
  const allLocations = useObservable(useMemo(() => locations$(db), [db]), [])
  const allSheets = useObservable(useMemo(() => closedSheets$(db), [db]), null)
  const staffNames = useObservable(useMemo(() => staffNames$(db), [db]), noNames)
  const [locationId, setLocationId] = useState('')
  const [showDone, setShowDone] = useState(false)
  const [openSheetId, setOpenSheetId] = useState<string | null>(null)
  // R19: only what both the user and this PC cover.
  const locations = useMemo(() => allLocations.filter((l) => permissions.covers(l.id)), [allLocations, permissions])
  const summaries = useMemo(() => (allSheets ?? []).filter((s) => permissions.covers(s.sheet.locationId)), [allSheets, permissions])
  const shown = visibleSheets(summaries, { locationId: locationId === '' ? null : locationId, showDone })
  const opened = openSheetId === null ? undefined : summaries.find((s) => s.sheet.id === openSheetId)
  const canDecide = permissions.can('intekenregel.verwerken')

  return (
    <section className="processing" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('processing.title')}</h1>
      {opened ? (
        <SheetView summary={opened} staffNames={staffNames} canDecide={canDecide} onBack={() => setOpenSheetId(null)} />
      ) : (
        <>
          <div className="processing-controls">
            <label htmlFor={locationSelectId}>{t('processing.location')}</label>
            <select id={locationSelectId} value={locationId} onChange={(e) => setLocationId(e.target.value)}>
              <option value="">{t('processing.allLocations')}</option>
              {locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
            <input id={showDoneId} type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
            <label htmlFor={showDoneId}>{t('processing.showDone')}</label>
          </div>
          {allSheets && shown.length === 0 && <p>{t('processing.noSheets')}</p>}
          {shown.length > 0 && (
            <table className="processing-sheets">
              <caption>{t('processing.sheets')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('processing.col.location')}</th>
                  <th scope="col">{t('processing.col.date')}</th>
                  <th scope="col">{t('processing.col.lines')}</th>
                  <th scope="col">{t('processing.col.open')}</th>
                  <th scope="col"><span className="processing-hidden">{t('processing.col.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ sheet, locationName, lines, open }) => {
                  const date = longDate(sheet.date, info.locale)
                  return (
                    <tr key={sheet.id} data-sheet-id={sheet.id}>
                      <td>{locationName}</td>
                      <td><time dateTime={sheet.date}>{date}</time></td>
                      <td>{lines}</td>
                      <td>{open}</td>
                      <td>
                        <button type="button" aria-label={t('processing.openSheet', { location: locationName, date })} onClick={() => setOpenSheetId(sheet.id)}>
                          {t('processing.openShort')}
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
