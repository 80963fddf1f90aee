// F5, Tegoeden: choose a child of the locations this user on this PC covers (R19), then see its
// balances and ledgers (ChildCredits). The list of children is a live query, so a child that arrives
// with the first sync can be found as soon as it is stored.
import { useId, useState } from 'react'
import type { Child } from '../../../../shared/domain'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { ChildCombobox } from '../../ui/ChildCombobox'
import { ChildCredits } from './ChildCredits'
import { childOptions, type ChildOption } from './child-search'
import { useCoveredChildren } from './use-covered-children'
import './credits.css'

export function CreditsScreen() {
  const t = useT()
  const titleId = useId()
  const candidates = useCoveredChildren()
  const [chosen, setChosen] = useState<ChildOption<Child> | null>(null)
  const childId = chosen?.child.id ?? null
  return (
    <section className="credits" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('credits.title')}</h1>
      <ChildCombobox className="credits-picker" label={t('credits.child')} hint={t('credits.childHint')} listLabel={t('credits.children')}
        noneText={t('credits.noChildren')} search={(query) => childOptions(candidates, query)} keyOf={(o) => o.child.id} nameOf={(o) => o.name}
        noteOf={(o) => ` · ${t('credits.born', { date: dutchDate(o.child.birthDate) })}`} selectedName={chosen?.name ?? null} onSelect={setChosen} />
      {childId === null ? <p>{t('credits.chooseChild')}</p> : <ChildCredits key={childId} childId={childId} />}
    </section>
  )
}
