// Everything of SPEC §2 `kind` for one chosen child: date of birth and age, school, taxi, allergies
// and medical notes (sensitive: shown to staff here, never logged), who may collect it, its
// placements; then F8's warnings and one card per parent. Follows live queries: a change imported on
// the server, or a request sent by the outbox, shows as soon as it has synced.
import { useId, useMemo } from 'react'
import type { Child } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { childName } from '../credits/child-search'
import { ageOn } from './child-age'
import { childDetails$, type ChildDetailsData } from './child-details-data'
import { ParentCard } from './ParentCard'
import { parentWarnings } from './parent-warnings'
import { placeNames } from './place-names'
import { PlacementsTable } from './PlacementsTable'

export function ChildDetails({ childId }: { childId: string }) {
  const services = useServices()
  const t = useT()
  const collectorsId = useId()
  const parentsId = useId()
  const data$ = useMemo(() => childDetails$(services.db, childId), [services.db, childId])
  const data = useObservable<ChildDetailsData | null>(data$, null)
  const names = useMemo(() => placeNames(data?.locations ?? []), [data?.locations])
  if (data === null) return <p role="status">{t('children.loading')}</p>
  const { child } = data
  if (child === null || child.id !== childId) return <p role="status">{t('children.gone')}</p>

  const today = amsterdamDate(serverNow(services.status.current()))
  const age = ageOn(child.birthDate, today)
  const none = t('children.none')
  const parents = [...child.parents].sort((x, y) => x.rank - y.rank)
  const warnings = parentWarnings(parents)
  return (
    <article className="child-details-child" aria-label={childName(child)}>
      <h2>{childName(child)}</h2>
      <dl className="child-facts" aria-label={t('children.details')}>
        <Fact label={t('children.birthDate')}
          value={t('children.birthDateValue', { date: dutchDate(child.birthDate), age: t('children.age', { years: age.years, months: age.months }) })} />
        <Fact label={t('children.school')} value={child.schoolId ? names.school(child.schoolId) : none} />
        <Fact label={t('children.taxi')} value={child.taxi ? t('children.yes') : t('children.no')} />
        <Fact label={t('children.allergies')} value={child.medical.allergies.length > 0 ? child.medical.allergies.join(', ') : none} />
        <Fact label={t('children.medicalNotes')} value={child.medical.notes.trim() !== '' ? child.medical.notes : none} />
      </dl>

      <section aria-labelledby={collectorsId}>
        <h3 id={collectorsId}>{t('children.collectors')}</h3>
        <Collectors child={child} />
      </section>

      <PlacementsTable placements={child.placements} names={names} />

      {warnings.length > 0 && (
        <div className="child-warnings" aria-label={t('children.warnings')}>
          {warnings.map((w) => (
            <p key={w.kind === 'geen-email' ? `geen-email-${w.rank}` : 'zelfde-adres'} role="alert" className="child-warning">
              {w.kind === 'geen-email'
                ? t('children.warning.geen-email', { name: w.name, rank: w.rank })
                : t('children.warning.zelfde-adres', { email: w.email })}
            </p>
          ))}
        </div>
      )}

      <section aria-labelledby={parentsId} className="child-parents">
        <h3 id={parentsId}>{t('children.parents')}</h3>
        {parents.map((parent) => (
          <ParentCard key={parent.rank} child={child} parent={parent} facts={data.facts} deliveries={data.deliveries} today={today} />
        ))}
      </section>
    </article>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="child-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function Collectors({ child }: { child: Child }) {
  const t = useT()
  if (child.collectors.length === 0) return <p>{t('children.collectorsEmpty')}</p>
  return (
    <table className="child-table" aria-label={t('children.collectors')}>
      <thead>
        <tr>
          <th scope="col">{t('children.collector.name')}</th>
          <th scope="col">{t('children.collector.relation')}</th>
          <th scope="col">{t('children.collector.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {child.collectors.map((c, i) => (
          <tr key={`${c.name}-${i}`}>
            <td>{c.name}</td>
            <td>{c.relation}</td>
            <td>{c.phone}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
