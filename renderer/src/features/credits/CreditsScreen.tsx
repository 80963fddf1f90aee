// F5, Tegoeden: choose a child of the locations this user on this PC covers (R19), then see its
// balances and ledgers (ChildCredits). The list of children is a live query, so a child that arrives
// with the first sync can be found as soon as it is stored.
import { useId, useMemo, useState } from 'react'
import type { Child } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { ChildCredits } from './ChildCredits'
import { ChildPicker } from './ChildPicker'
import { coveredChildren } from './child-search'
import { allChildren$ } from './credits-data'
import './credits.css'

export function CreditsScreen() {
  const services = useServices()
  const t = useT()
  const titleId = useId()
  const children$ = useMemo(() => allChildren$(services.db), [services.db])
  const all = useObservable<Child[]>(children$, [])
  const { covers } = services.permissions
  const candidates = useMemo(() => coveredChildren(all, covers), [all, covers])
  const [childId, setChildId] = useState<string | null>(null)
  return (
    <section className="credits" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('credits.title')}</h1>
      <ChildPicker candidates={candidates} onSelect={(child) => setChildId(child?.id ?? null)} />
      {childId === null ? <p>{t('credits.chooseChild')}</p> : <ChildCredits key={childId} childId={childId} />}
    </section>
  )
}
