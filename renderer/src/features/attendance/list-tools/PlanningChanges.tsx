// What `Planning verversen` changed, as a summary staff dismiss when read: "Nieuw op de lijst: …",
// "Niet meer op de lijst: …", children whose day parts changed, and whether the server was reached.
import { useT } from '../../../i18n/i18n-context'
import { isEmptyDiff } from './planning-diff'
import type { RefreshResult } from './refresh-planning'

export function PlanningChanges({ result, onDismiss }: { result: RefreshResult; onDismiss: () => void }) {
  const t = useT()
  const { diff, pull } = result
  const names = (children: readonly { name: string }[]) => children.map((child) => child.name).join(', ')
  return (
    <section className="planning-changes" aria-label={t('listTools.changes')} aria-live="polite">
      {pull === 'offline' && <p>{t('listTools.changesOffline')}</p>}
      {pull === 'timeout' && <p>{t('listTools.changesTimeout')}</p>}
      {diff.added.length > 0 && <p>{t('listTools.added', { names: names(diff.added) })}</p>}
      {diff.removed.length > 0 && <p>{t('listTools.removed', { names: names(diff.removed) })}</p>}
      {diff.changed.length > 0 && (
        <p>{t('listTools.changedParts', {
          names: diff.changed.map((c) => `${c.name} (${c.before.join(', ')} → ${c.after.join(', ')})`).join(', '),
        })}</p>
      )}
      {isEmptyDiff(diff) && <p>{t('listTools.noChanges')}</p>}
      <button type="button" onClick={onDismiss}>{t('listTools.dismiss')}</button>
    </section>
  )
}
