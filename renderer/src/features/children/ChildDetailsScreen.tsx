// F8, Kindgegevens: choose a child of the locations this user on this PC covers (R19), then see
// everything about it and its parents (ChildDetails). The list of children is a live query, so a
// child that arrives with the first sync can be found as soon as it is stored.
import { useId, useState } from 'react'
import type { Child } from '../../../../shared/domain'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { ChildCombobox } from '../../ui/ChildCombobox'
import { childOptions, type ChildOption } from '../credits/child-search'
import { useCoveredChildren } from '../credits/use-covered-children'
import { ChildDetails } from './ChildDetails'
import './children.css'

export function ChildDetailsScreen() {
  const t = useT()
  const titleId = useId()
  const candidates = useCoveredChildren()
  const [chosen, setChosen] = useState<ChildOption<Child> | null>(null)
  const childId = chosen?.child.id ?? null
  return (
    <section className="child-details" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('children.title')}</h1>
      <ChildCombobox className="child-details-picker" label={t('children.child')} hint={t('children.childHint')} listLabel={t('children.children')}
        noneText={t('children.noChildren')} search={(query) => childOptions(candidates, query)} keyOf={(o) => o.child.id} nameOf={(o) => o.name}
        noteOf={(o) => ` · ${t('children.born', { date: dutchDate(o.child.birthDate) })}`} selectedName={chosen?.name ?? null} onSelect={setChosen} />
      {childId === null ? <p>{t('children.chooseChild')}</p> : <ChildDetails key={childId} childId={childId} />}
    </section>
  )
}
