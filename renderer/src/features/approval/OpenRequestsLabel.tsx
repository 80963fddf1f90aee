// The approval queue's entry in the navigation with the number of open requests this user may decide
// at the locations this PC covers, always in sight (SPEC F4: instead of the FAQ's "look daily").
// What is seen ("Goedkeuren aanvragen (12)") is hidden from screen readers, which read
// "Goedkeuren aanvragen, 12 open aanvragen" instead.
import { useT } from '../../i18n/i18n-context'
import { useCoveredLocations, useOpenRequests } from './use-queue'
import './approval.css'

export function OpenRequestsLabel({ label }: { label: string }) {
  const t = useT()
  const { ids } = useCoveredLocations()
  const count = useOpenRequests(ids)?.length ?? 0
  return (
    <>
      <span aria-hidden="true">{label}<span className="nav-count" data-count={count}>{` (${count})`}</span></span>
      <span className="visually-hidden">{`${label}, ${count === 1 ? t('approval.nav.count.one') : t('approval.nav.count.other', { count })}`}</span>
    </>
  )
}
