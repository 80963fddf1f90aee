// The filters of the queue (F4): child, location, group, date range and status, applied with
// `Zoeken` (or Enter in any field). The fields keep what is typed until then, so a half-typed name
// does not search on every key.
import { useId, useState, type FormEvent } from 'react'
import { useT } from '../../i18n/i18n-context'
import type { StoredLocation } from './queue-data'
import { statusChoices, type QueueFilter, type StatusChoice } from './queue-filter'

export interface QueueFiltersProps {
  applied: QueueFilter
  locations: readonly StoredLocation[]
  onSearch: (filter: QueueFilter) => void
}

export function QueueFilters({ applied, locations, onSearch }: QueueFiltersProps) {
  const t = useT()
  const id = useId()
  const [draft, setDraft] = useState<QueueFilter>(applied)
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const groups = locations
    .filter((l) => draft.locationId === '' || l.id === draft.locationId)
    .flatMap((l) => l.groups.map((g) => ({ id: g.id, label: locations.length > 1 ? `${l.name} – ${g.name}` : g.name })))

  function submit(event: FormEvent) {
    event.preventDefault()
    // A group of another location than the one chosen would find nothing: it is let go.
    const groupId = groups.some((g) => g.id === draft.groupId) ? draft.groupId : ''
    onSearch({ ...draft, groupId, child: draft.child.trim() })
  }

  return (
    <form className="approval-filters" role="search" aria-label={t('approval.filters')} onSubmit={submit}>
      <label htmlFor={`${id}-child`}>{t('approval.filter.child')}</label>
      <input id={`${id}-child`} type="search" value={draft.child} onChange={(e) => set('child', e.target.value)} />
      <label htmlFor={`${id}-location`}>{t('approval.filter.location')}</label>
      <select id={`${id}-location`} value={draft.locationId} onChange={(e) => set('locationId', e.target.value)}>
        <option value="">{t('approval.filter.allLocations')}</option>
        {locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
      </select>
      <label htmlFor={`${id}-group`}>{t('approval.filter.group')}</label>
      <select id={`${id}-group`} value={draft.groupId} onChange={(e) => set('groupId', e.target.value)}>
        <option value="">{t('approval.filter.allGroups')}</option>
        {groups.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
      </select>
      <label htmlFor={`${id}-from`}>{t('approval.filter.from')}</label>
      <input id={`${id}-from`} type="date" value={draft.from} max={draft.to || undefined} onChange={(e) => set('from', e.target.value)} />
      <label htmlFor={`${id}-to`}>{t('approval.filter.to')}</label>
      <input id={`${id}-to`} type="date" value={draft.to} min={draft.from || undefined} onChange={(e) => set('to', e.target.value)} />
      <label htmlFor={`${id}-status`}>{t('approval.filter.status')}</label>
      <select id={`${id}-status`} value={draft.status} onChange={(e) => set('status', e.target.value as StatusChoice)}>
        {statusChoices.map((s) => <option key={s} value={s}>{t(`approval.filter.status.${s}`)}</option>)}
      </select>
      <button type="submit">{t('approval.search')}</button>
    </form>
  )
}
