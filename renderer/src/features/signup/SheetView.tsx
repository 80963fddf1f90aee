// One intekenlijst (F6): its status, its lines live from the local database (a line signed on the other
// PC of the location appears without a reload), `Inschrijving toevoegen` (→ Tekenmodus), `Intrekken`
// per signed line, `Lijst sluiten`, and `Afdrukken` / `Opslaan als pdf` with the signatures. Opening a
// coming day's sheet makes its document when there is none yet. Once closed, nothing is added or withdrawn.
import { useEffect, useId, useMemo, useState } from 'react'
import type { Location } from '../../../../shared/domain'
import { signupSheetId } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { closedSchools, sheetCandidates } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { formatInstant } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { PrintActions } from '../attendance/list-tools/PrintActions'
import { pdfFileName } from '../attendance/list-tools/save-pdf'
import '../attendance/list-tools/printable.css'
import { AddLineDialog } from './AddLineDialog'
import { closeSheet } from './close-sheet'
import { CloseSheetDialog } from './CloseSheetDialog'
import { ensureSheet } from './open-sheet'
import { SheetDocument } from './SheetDocument'
import { sheetRows, signedUpChildIds, type SheetRow } from './sheet-rows'
import { SheetTable } from './SheetTable'
import { sheetData$, staffName$ } from './signup-data'
import { WithdrawDialog } from './WithdrawDialog'

type OpenDialog = { kind: 'add' } | { kind: 'withdraw'; row: SheetRow } | { kind: 'close' } | null

export function SheetView({ location, date, dateLabel }: { location: Location; date: string; dateLabel: string }) {
  const services = useServices()
  const { db, permissions } = services
  const t = useT()
  const titleId = useId()
  const data = useObservable(useMemo(() => sheetData$(db, location.id, date), [db, location.id, date]), null)
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const [announcement, setAnnouncement] = useState('')
  const [error, setError] = useState<string | null>(null)
  const canManage = permissions.can('intekenlijst.beheren') && permissions.covers(location.id)
  const now = () => serverNow(services.status.current())

  useEffect(() => {
    const at = serverNow(services.status.current())
    if (!canManage || date < amsterdamDate(at)) return
    ensureSheet(db.signupsheets, { locationId: location.id, date, at: at.toISOString() })
      .catch((e: unknown) => setError(t('signup.saveFailed', { message: failureMessage(e, t) })))
  }, [db, location.id, date, canManage, services.status, t])

  const rows = useMemo(() => (data ? sheetRows({ lines: data.lines, facts: data.facts, children: data.children }) : []), [data])
  const signedUp = useMemo(() => signedUpChildIds(rows), [rows])
  const candidates = useMemo(() => (data
    ? sheetCandidates({ locationId: location.id, date, closedSchoolIds: closedSchools(location, data.studyDays, date), children: data.children })
    : []), [data, location, date])
  const sheet = data?.sheet ?? null
  const status = sheet?.status ?? 'open'
  const closed = status === 'gesloten'
  const closer = useObservable(useMemo(() => staffName$(db, sheet?.closedBy), [db, sheet?.closedBy]), null)
  const closedBy = closed && closer && sheet?.closedAt ? { name: closer, at: sheet.closedAt } : null
  const editable = canManage && !closed

  function done(message: string) {
    setDialog(null)
    setAnnouncement(message)
  }

  async function close() {
    const changed = await closeSheet(db.signupsheets, { locationId: location.id, date, by: services.staffId, at: now().toISOString() })
    done(changed ? t('signup.closed') : t('signup.closedElsewhere'))
  }

  return (
    <section className="sheet" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('signup.sheet', { date: dateLabel })}</h2>
      <p className="sheet-status" data-status={status}>{t(`signup.sheetStatus.${status}`)}</p>
      {closedBy && <p className="sheet-closed-by">{t('signup.closedBy', { name: closedBy.name, time: formatInstant(closedBy.at) })}</p>}
      {closed && <p className="read-only">{t('signup.closedNote')}</p>}
      <div className="sheet-tools">
        {editable && <button type="button" onClick={() => setDialog({ kind: 'add' })}>{t('signup.add')}</button>}
        {editable && <button type="button" onClick={() => setDialog({ kind: 'close' })}>{t('signup.close')}</button>}
        <PrintActions
          document={() => (
            <SheetDocument t={t} locationName={location.name} dateLabel={dateLabel} status={status} rows={rows} closedBy={closedBy}
              printedAt={now().toISOString()} printedBy={services.user.name} />
          )}
          title={`${t('signup.sheet', { date: dateLabel })} ${location.name}`}
          fileName={() => pdfFileName([t('signup.sheet', { date }), location.name])}
          lang={services.info.locale}
        />
      </div>
      <p role="status" aria-live="polite" aria-label={t('signup.announcer')} className="row-announcer">{announcement}</p>
      {error && <p role="alert" className="error">{error}</p>}
      {data && rows.length === 0 && <p>{t('signup.noLines')}</p>}
      {rows.length > 0 && (
        <SheetTable t={t} rows={rows}
          {...(editable ? {
            actions: (row: SheetRow) => row.status === 'getekend' && (
              <button type="button" aria-label={t('signup.withdrawChild', { name: row.childName })} onClick={() => setDialog({ kind: 'withdraw', row })}>
                {t('signup.withdraw')}
              </button>
            ),
          } : {})} />
      )}
      {dialog?.kind === 'add' && (
        <AddLineDialog sheetId={signupSheetId(location.id, date)} candidates={candidates} signedUp={signedUp} closed={closed} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawDialog row={dialog.row} sheetClosed={closed} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'close' && (
        <CloseSheetDialog count={rows.filter((r) => r.status !== 'ingetrokken').length} onConfirm={close} onClose={() => setDialog(null)} />
      )}
    </section>
  )
}
