// `Acties` + `Toepassen`: one decision for every selected request, with its progress and outcome.
// The action list is the four decisions of R20; what a request's state does not allow is skipped
// and said so afterwards (bulk-plan.ts).
import { useId, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { decisionActions, isDecisionAction, type DecisionAction } from './decision-actions'

export interface BulkProgress {
  done: number
  total: number
}

export interface BulkActionsProps {
  selected: number
  /** False while R11's room facts for the selection are still read. */
  ready: boolean
  busy: boolean
  progress: BulkProgress | null
  onApply: (action: DecisionAction) => void
}

export function BulkActions({ selected, ready, busy, progress, onApply }: BulkActionsProps) {
  const t = useT()
  const id = useId()
  const [action, setAction] = useState<DecisionAction | ''>('')
  return (
    <div className="approval-bulk" role="group" aria-label={t('approval.bulk.label')}>
      <span>{t('approval.bulk.selected', { count: selected })}</span>
      <label htmlFor={`${id}-action`}>{t('approval.bulk.label')}</label>
      <select id={`${id}-action`} value={action} onChange={(e) => setAction(isDecisionAction(e.target.value) ? e.target.value : '')}>
        <option value="">{t('approval.bulk.choose')}</option>
        {decisionActions.map((a) => <option key={a} value={a}>{t(`approval.action.${a}`)}</option>)}
      </select>
      <button type="button" disabled={busy || !ready || selected === 0 || action === ''} onClick={() => action !== '' && onApply(action)}>
        {t('approval.bulk.apply')}
      </button>
      {progress && (
        <label className="approval-progress">
          {t('approval.bulk.progress')}
          <progress value={progress.done} max={Math.max(1, progress.total)} />
          <span>{t('approval.bulk.progressText', { done: progress.done, total: progress.total })}</span>
        </label>
      )}
    </div>
  )
}
