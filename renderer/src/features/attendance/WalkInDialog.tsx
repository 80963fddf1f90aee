// `Kind toevoegen` (SPEC F2): a child who is there but not on the list is searched by name among the
// location's children and checked in at once, unplanned; it then shows under "Nog te regelen".
import { useId, useState } from 'react'
import type { Child } from '../../../../shared/domain'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from './ModalDialog'
import { walkInCandidates, type WalkInCandidate } from './walk-in'

export interface WalkInDialogProps {
  /** The location's children: any of them may be the one at the door. */
  locationChildren: readonly Child[]
  locationId: string
  onList: ReadonlySet<string>
  onAdd: (candidate: WalkInCandidate) => Promise<boolean>
  onClose: () => void
}

export function WalkInDialog({ locationChildren, locationId, onList, onAdd, onClose }: WalkInDialogProps) {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState('')
  const [busy, setBusy] = useState(false)
  const found = walkInCandidates(locationChildren, { locationId, onList, query })

  async function add(candidate: WalkInCandidate) {
    setBusy(true)
    if (!(await onAdd(candidate))) setBusy(false)
  }

  return (
    <ModalDialog title={t('walkIn.title')} onClose={onClose}>
      <p className="row-dialog-hint">{t('walkIn.hint')}</p>
      <label htmlFor={`${id}-search`}>{t('walkIn.search')}</label>
      <input id={`${id}-search`} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
      {query.trim() !== '' && found.length === 0 && <p role="status">{t('walkIn.none')}</p>}
      <ul className="walk-in-results" aria-label={t('walkIn.results')}>
        {found.map((candidate) => (
          <li key={candidate.childId}>
            <span>{candidate.name}</span>{' '}
            <button type="button" disabled={busy} aria-label={t('walkIn.addChild', { name: candidate.name })} onClick={() => void add(candidate)}>
              {t('walkIn.add')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row-dialog-buttons">
        <button type="button" onClick={onClose}>{t('walkIn.close')}</button>
      </div>
    </ModalDialog>
  )
}
