// One closed sheet for customer service (F6): every line with its signature, R9 now, and where it
// stands; `Verwerken <kind>` books it (on invoice with R15's invoice date, or included), `Afwijzen
// <kind>` rejects it with a reason, `Alles verwerken` books every open line. All writes are local and
// instant; the rows are live, so a decision synced in from another PC replaces the buttons at once.
import { useId, useMemo, useState } from 'react'
import { amsterdamDate } from '../../../../shared/calendar'
import type { JournalEntry } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { formatInstant } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { SignatureImage } from '../signup/SignatureImage'
import { billingView, statusText, timesText } from './describe-line'
import { processedDecision, rejectedDecision, type DecisionActor } from './line-decision'
import { lineState, openRows, type LineRow } from './line-rows'
import { longDate } from '../../i18n/format-date'
import { sheetRows$ } from './processing-data'
import { recordDecision, recordDecisions } from './record-decision'
import { RejectDialog } from './RejectDialog'
import type { SheetSummary } from './sheet-summaries'

export interface SheetViewProps {
  summary: SheetSummary
  staffNames: ReadonlyMap<string, string>
  /** The user may decide lines here (intekenregel.verwerken on a PC that still works). */
  canDecide: boolean
  onBack: () => void
}

export function SheetView({ summary, staffNames, canDecide, onBack }: SheetViewProps) {
  const services = useServices()
  const t = useT()
  const titleId = useId()
  const { sheet } = summary
  const rows$ = useMemo(() => sheetRows$(services.db, { id: sheet.id }), [services.db, sheet.id])
  const rows = useObservable(rows$, null)
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set())
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [rejecting, setRejecting] = useState<LineRow | null>(null)
  const date = longDate(sheet.date, services.info.locale)
  const today = amsterdamDate(serverNow(services.status.current()))
  const open = openRows(rows ?? [])

  const actor = (): DecisionActor => ({ by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()).toISOString() })
  const nameOf = (row: LineRow) => row.childName ?? t('processing.unknownChild', { id: row.line.childId })
  const whoDecided = (fact: JournalEntry | null) => (fact ? t('processing.decidedBy', { name: staffNames.get(fact.by) ?? fact.by, time: formatInstant(fact.at, today) }) : '')
  const mark = (lineId: string, on: boolean) => setBusy((set) => {
    const next = new Set(set)
    if (on) next.add(lineId)
    else next.delete(lineId)
    return next
  })

  async function decide(row: LineRow, decision: JournalEntry, done: 'processing.processed' | 'processing.rejected'): Promise<boolean> {
    mark(row.line.id, true)
    setError(null)
    try {
      const outcome = await recordDecision(services.db.journal, decision)
      const name = nameOf(row)
      // Already decided (here, or synced in from another PC): that decision stands and is shown.
      setAnnouncement(outcome.stored ? t(done, { name })
        : t('processing.alreadyDecided', { name, status: statusText(t, lineState(row.line, [outcome.decision]).state, services.info.locale) }))
      return true
    } catch (e) {
      setError(t('processing.saveFailed', { message: failureMessage(e, t) }))
      return false
    } finally {
      mark(row.line.id, false)
    }
  }

  async function processAll() {
    const lines = open.filter((row) => !busy.has(row.line.id))
    if (lines.length === 0) return
    const who = actor()
    lines.forEach((row) => mark(row.line.id, true))
    setError(null)
    try {
      const result = await recordDecisions(services.db.journal, lines.map((row) => processedDecision(row.line, row.billingToBook, who)),
        (done, total) => setProgress({ done, total }))
      if (result.existing.length > 0) {
        setAnnouncement(t('processing.allDone', { done: result.stored.length, total: lines.length, existing: result.existing.length }))
      }
    } catch (e) {
      setError(t('processing.saveFailed', { message: failureMessage(e, t) }))
    } finally {
      lines.forEach((row) => mark(row.line.id, false))
    }
  }

  return (
    <section className="processing-sheet" aria-labelledby={titleId}>
      <button type="button" onClick={onBack}>{t('processing.back')}</button>
      <h2 id={titleId}>{t('processing.sheetTitle', { location: summary.locationName, date })}</h2>
      {sheet.closedBy && sheet.closedAt && (
        <p>{t('processing.closedBy', { name: staffNames.get(sheet.closedBy) ?? sheet.closedBy, time: formatInstant(sheet.closedAt, today) })}</p>
      )}
      {!canDecide && <p className="read-only">{t('processing.readOnly')}</p>}
      {canDecide && (
        <div className="processing-all">
          <button type="button" disabled={open.length === 0 || progress !== null && progress.done < progress.total} onClick={() => void processAll()}>
            {t('processing.processAll')}
          </button>
          <p role="status" aria-label={t('processing.progressLabel')}>{progress ? t('processing.progress', progress) : ''}</p>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <p role="status" aria-live="polite" aria-label={t('processing.announcer')} className="row-announcer">{announcement}</p>
      {rows && rows.length === 0 && <p>{t('processing.noLines')}</p>}
      {rows && rows.length > 0 && (
        <table className="processing-lines">
          <caption>{t('processing.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('processing.col.child')}</th>
              <th scope="col">{t('processing.col.times')}</th>
              <th scope="col">{t('processing.col.parent')}</th>
              <th scope="col">{t('processing.col.signature')}</th>
              <th scope="col">{t('processing.col.billing')}</th>
              <th scope="col">{t('processing.col.status')}</th>
              <th scope="col">{t('processing.col.decidedBy')}</th>
              {canDecide && <th scope="col">{t('processing.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = nameOf(row)
              const billing = billingView(t, row)
              const waiting = busy.has(row.line.id)
              return (
                <tr key={row.line.id} data-line-id={row.line.id} data-child-id={row.line.childId}>
                  <th scope="row">{name}</th>
                  <td>{timesText(t, row.line)}</td>
                  <td>{row.line.parentName}</td>
                  <td>
                    <SignatureImage signature={row.line.signature} width={150}
                      label={t('processing.signatureOf', { parent: row.line.parentName })} />
                    <small className="line-signed-at">{t('processing.signedAt', { time: formatInstant(row.line.signedAt, today) })}</small>
                  </td>
                  <td className="line-billing">
                    <strong>{billing.label}</strong>
                    {billing.reason && <span className="line-billing-reason"> {billing.reason}</span>}
                    {billing.warning && <span className="line-billing-warning" role="note"> {billing.warning}</span>}
                  </td>
                  <td className="line-status">{statusText(t, row.state, services.info.locale)}</td>
                  <td className="line-decided-by">{row.state.kind === 'open' ? '' : whoDecided(row.fact)}</td>
                  {canDecide && (
                    <td className="actions">
                      {row.state.kind === 'open' && (
                        <>
                          <button type="button" disabled={waiting}
                            onClick={() => void decide(row, processedDecision(row.line, row.billingToBook, actor()), 'processing.processed')}>
                            {t('processing.process', { name })}
                          </button>
                          <button type="button" disabled={waiting} onClick={() => setRejecting(row)}>{t('processing.reject', { name })}</button>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {rejecting && (
        <RejectDialog childName={nameOf(rejecting)} date={date} onClose={() => setRejecting(null)}
          onReject={async (reason) => {
            const decision = rejectedDecision(rejecting.line, reason, actor())
            if (!decision) return false
            const done = await decide(rejecting, decision, 'processing.rejected')
            if (done) setRejecting(null)
            return done
          }} />
      )}
    </section>
  )
}
