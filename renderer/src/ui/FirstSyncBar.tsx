// F7's progress bar for the first sync of a PC; gone once it is done.
import { useServices } from '../app/app-services'
import { progressFraction, type FirstSyncProgress } from '../db/first-sync-plan'
import { useT } from '../i18n/i18n-context'
import { useObservable } from './use-observable'

const starting: FirstSyncProgress = { state: 'running', phase: null, phaseNumber: 0, phaseCount: 0, collectionsDone: 0, collectionsTotal: 1, documents: 0 }

export function FirstSyncBar() {
  const { sync } = useServices()
  const t = useT()
  const progress = useObservable(sync.firstSync$, starting)
  if (progress.state === 'done') return null
  return (
    <div className="first-sync">
      <label>
        {t('firstSync.label')}
        <progress value={progressFraction(progress)} max={1} />
      </label>
      {progress.phaseNumber > 0 && <span>{t('firstSync.step', { step: progress.phaseNumber, total: progress.phaseCount })}</span>}
      <span>{progress.phase ? t(`firstSync.${progress.phase}`) : ''}</span>
      <span>{t('firstSync.documents', { count: progress.documents })}</span>
    </div>
  )
}
