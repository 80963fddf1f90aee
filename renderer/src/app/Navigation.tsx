// The row of screens under the header: buttons (reachable by Tab, named by the screen), the current
// one marked with aria-current so a screen reader and a test can tell where the user is. The approval
// queue's button carries the number of open requests (F4).
import { OpenRequestsLabel } from '../features/approval/OpenRequestsLabel'
import { useT } from '../i18n/i18n-context'
import type { ScreenEntry, ScreenId } from './screens'

export function Navigation({ entries, current, onChoose }: { entries: ScreenEntry[]; current: ScreenId; onChoose: (id: ScreenId) => void }) {
  const t = useT()
  if (entries.length < 2) return null
  return (
    <nav className="shell-nav" aria-label={t('nav.label')}>
      {entries.map((entry) => (
        <button key={entry.id} type="button" aria-current={entry.id === current ? 'page' : undefined} onClick={() => onChoose(entry.id)}>
          {entry.id === 'approval' ? <OpenRequestsLabel label={t(entry.label)} /> : t(entry.label)}
        </button>
      ))}
    </nav>
  )
}
