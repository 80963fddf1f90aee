// A child's placements (plaatsingen): group and location, care type, contract, contract weekdays, day
// parts, start and end, oldest first, as the planning system holds them.
import { useId } from 'react'
import type { Placement } from '../../../../shared/domain'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/nl'
import type { PlaceNames } from './place-names'

const weekdayKey = (day: number) => `children.weekday.${day}` as MessageKey

export function PlacementsTable({ placements, names }: { placements: readonly Placement[]; names: PlaceNames }) {
  const t = useT()
  const titleId = useId()
  const ordered = [...placements].sort((x, y) => x.start.localeCompare(y.start) || x.id.localeCompare(y.id))
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('children.placements')}</h3>
      {ordered.length === 0 ? <p>{t('children.placementsEmpty')}</p> : (
        <table className="child-table" aria-label={t('children.placements')}>
          <thead>
            <tr>
              <th scope="col">{t('children.placement.group')}</th>
              <th scope="col">{t('children.placement.careType')}</th>
              <th scope="col">{t('children.placement.contract')}</th>
              <th scope="col">{t('children.placement.weekdays')}</th>
              <th scope="col">{t('children.placement.dayParts')}</th>
              <th scope="col">{t('children.placement.start')}</th>
              <th scope="col">{t('children.placement.end')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((p) => (
              <tr key={p.id}>
                <td>{t('children.placement.groupAt', { group: names.group(p.groupId), location: names.location(p.locationId) })}</td>
                <td>{p.careType}</td>
                <td>{p.contract}</td>
                <td>{[...p.weekdays].sort((x, y) => x - y).map((d) => t(weekdayKey(d))).join(', ')}</td>
                <td>{p.dayParts.join(', ')}</td>
                <td>{dutchDate(p.start)}</td>
                <td>{p.end ? dutchDate(p.end) : t('children.placement.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
