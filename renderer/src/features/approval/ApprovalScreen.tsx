// Goedkeuren aanvragen (SPEC F4): the approval queue. Filters (child, location, group, dates, status)
// applied with `Zoeken`; the table `Aanvragen` with R11's room per row; a request opened shows
// everything about it and its decisions (RequestDetail); many selected get one decision through
// `Acties` + `Toepassen`, with progress, and approvals without room ask one reason for all of them.
// When a place frees up where children wait, the first in line is suggested.
import { useCallback, useMemo, useState } from 'react'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import type { Translate } from '../../i18n/translate'
import { BulkActions, type BulkProgress } from './BulkActions'
import { BulkReasonDialog } from './BulkReasonDialog'
import { planBulk, type BulkPlan } from './bulk-plan'
import type { DecisionAction } from './decision-actions'
import type { StoredRequest } from './queue-data'
import { defaultFilter, type QueueFilter } from './queue-filter'
import { QueueFilters } from './QueueFilters'
import { QueueTable } from './QueueTable'
import { recordDecisions, type BulkOutcome } from './record-decisions'
import { RequestDetail } from './RequestDetail'
import { useQueue } from './use-queue'
import { WaitlistSuggestions } from './WaitlistSuggestions'
import './approval.css'

/** Rows rendered at once; more on request (a default view can hold thousands of open requests). */
const PAGE = 300

function foundText(t: Translate, count: number): string {
  return count === 0 ? t('approval.found.none') : count === 1 ? t('approval.found.one') : t('approval.found.other', { count })
}

function outcomeText(t: Translate, plan: BulkPlan<StoredRequest>, outcome: BulkOutcome): string {
  // A refusal with a code of the PC's own (failure-messages.ts) in the current language; a rule's in its Dutch words.
  const reasons = (list: readonly { message: string }[]) => [...new Set(list.map((x) => failureMessage(x, t)))].join(' ')
  return [
    t(`approval.bulk.done.${plan.action}`, { count: outcome.decided.length }),
    plan.skipped.length > 0 ? t('approval.bulk.skipped', { count: plan.skipped.length, reasons: reasons(plan.skipped) }) : '',
    outcome.refused.length > 0 ? t('approval.bulk.refused', { count: outcome.refused.length, reasons: reasons(outcome.refused) }) : '',
  ].filter((s) => s !== '').join(' ')
}

export function ApprovalScreen() {
  const services = useServices()
  const t = useT()
  const [filter, setFilter] = useState<QueueFilter>(defaultFilter)
  const queue = useQueue(filter)
  const rows = queue.rows
  const [limit, setLimit] = useState(PAGE)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  // The child's name is kept from the moment of opening: a decided request leaves the open rows.
  const [opened, setOpened] = useState<{ id: string; childName: string } | null>(null)
  const [asking, setAsking] = useState<BulkPlan<StoredRequest> | null>(null)
  const [progress, setProgress] = useState<BulkProgress | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)

  const chosen = useMemo(() => (rows ?? []).filter((r) => selected.has(r.request.id)), [rows, selected])
  const allSelected = rows !== null && rows.length > 0 && chosen.length === rows.length
  const toggle = useCallback((id: string) => setSelected((s) => {
    const next = new Set(s)
    if (!next.delete(id)) next.add(id)
    return next
  }), [])
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set((rows ?? []).map((r) => r.request.id)))
  const room = queue.room
  const roomOf = useCallback((r: StoredRequest) => room?.roomFor(r) ?? null, [room])
  const ratio = queue.ratio
  const ratioOf = useCallback((r: StoredRequest) => ratio?.(r) ?? null, [ratio])

  function search(next: QueueFilter) {
    setFilter(next)
    setSelected(new Set())
    setLimit(PAGE)
    setOutcome(null)
  }

  async function run(plan: BulkPlan<StoredRequest>, reason?: string) {
    setAsking(null)
    setBusy(true)
    setOutcome(null)
    setProgress({ done: 0, total: plan.decisions.length })
    try {
      const result = await recordDecisions(
        services.db,
        plan.decisions.map((d) => ({ id: d.request.id, withoutRoom: d.withoutRoom })),
        { status: plan.action, by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()), ...(reason ? { reason } : {}) },
        (done, total) => setProgress({ done, total }),
      )
      setOutcome({ ok: result.refused.length === 0, text: outcomeText(t, plan, result) })
      setSelected(new Set())
    } catch (e) {
      setOutcome({ ok: false, text: t('approval.bulk.failed', { message: failureMessage(e, t) }) })
    } finally {
      setBusy(false)
    }
  }

  function apply(action: DecisionAction) {
    if (queue.facts === null) return
    const plan = planBulk(chosen.map((r) => r.request), action, queue.facts)
    if (plan.withoutRoom > 0) setAsking(plan)
    else void run(plan)
  }

  const open = useCallback((id: string) => {
    const row = rows?.find((r) => r.request.id === id) ?? queue.firstInLine.find((r) => r.request.id === id)
    if (row) setOpened({ id, childName: row.childName })
  }, [rows, queue.firstInLine])
  const openRow = opened === null ? undefined : rows?.find((r) => r.request.id === opened.id) ?? queue.firstInLine.find((r) => r.request.id === opened.id)
  return (
    <section className="approval" aria-labelledby="approval-title">
      <h1 id="approval-title">{t('approval.title')}</h1>
      <QueueFilters applied={filter} locations={queue.locations} onSearch={search} />
      <WaitlistSuggestions rows={queue.firstInLine} onOpen={open} />
      <BulkActions selected={chosen.length} ready={queue.facts !== null} busy={busy} progress={progress} onApply={apply} />
      {outcome && <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'approval-outcome' : 'approval-outcome error'}>{outcome.text}</p>}
      {rows === null ? <p role="status">{t('approval.loading')}</p> : (
        <>
          <p className="approval-count" role="status" data-count={rows.length}>{foundText(t, rows.length)}</p>
          {rows.length > 0 && (
            <QueueTable rows={rows.slice(0, limit)} room={roomOf} ratio={ratioOf} selected={selected} allSelected={allSelected} onToggle={toggle} onToggleAll={toggleAll} onOpen={open} />
          )}
          {rows.length > limit && (
            <button type="button" onClick={() => setLimit((n) => n + PAGE)}>{t('approval.more', { count: rows.length - limit })}</button>
          )}
        </>
      )}
      {asking && (
        <BulkReasonDialog withoutRoom={asking.withoutRoom} total={asking.decisions.length} onConfirm={(reason) => void run(asking, reason)} onCancel={() => setAsking(null)} />
      )}
      {opened !== null && (
        <RequestDetail
          key={opened.id} requestId={opened.id} childName={opened.childName} locations={queue.locations}
          waitlistPosition={openRow?.waitlistPosition ?? null} onClose={() => setOpened(null)}
        />
      )}
    </section>
  )
}
