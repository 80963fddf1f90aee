// One balance of a child in Tegoeden: a heading (`Ruiluren KDV`, `Vakantiedagen BSO`, `Qflexibel-uren`),
// the figures that matter as a labelled list (valid now, cap, reserved, …), the actions a role may
// take on it, and its ledger table, named by the same heading.
import { useId, type ReactNode } from 'react'
import type { LedgerUnit } from '../../../../shared/domain'
import type { LedgerRow } from './ledger-rows'
import { LedgerTable } from './LedgerTable'

export interface Figure {
  label: string
  value: string
}

export interface CreditSectionProps {
  title: string
  balanceLabel: string
  figures: readonly Figure[]
  unit: LedgerUnit
  rows: readonly LedgerRow[]
  staffNames: ReadonlyMap<string, string>
  note?: string
  actions?: ReactNode
}

export function CreditSection({ title, balanceLabel, figures, unit, rows, staffNames, note, actions }: CreditSectionProps) {
  const headingId = useId()
  return (
    <section className="credits-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <dl className="credits-figures" aria-label={balanceLabel}>
        {figures.map((f) => (
          <div key={f.label} className="credits-figure">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="row-dialog-hint">{note}</p>}
      {actions && <div className="credits-actions">{actions}</div>}
      <LedgerTable labelledBy={headingId} unit={unit} rows={rows} staffNames={staffNames} />
    </section>
  )
}
