// The table `Inschrijvingen` of one intekenlijst: per line the child, the day part or times, the
// parent, the signature drawn from its vector data, R9's billing with its reason and the line's status.
// The screen adds the actions column; print and PDF show the same table without it. No hooks, so it
// renders into the PDF's self-contained HTML as well (printable-html.tsx).
import type { ReactNode } from 'react'
import { formatInstant } from '../../i18n/format-instant'
import type { Translate } from '../../i18n/translate'
import { billingLabel, statusLabel, whenLabel } from './line-labels'
import type { SheetRow } from './sheet-rows'
import { SignatureImage } from './SignatureImage'

export interface SheetTableProps {
  t: Translate
  rows: readonly SheetRow[]
  /** The screen's actions per line; absent in print. */
  actions?: (row: SheetRow) => ReactNode
  signatureWidth?: number
  /**
   * For paper: fixed column widths and a smaller reason, as inline styles because the PDF's page carries
   * only list-tools' printable stylesheet (its print window loads nothing else).
   */
  paper?: boolean
}

const paperColumns = ['17%', '10%', '15%', '22%', '24%', '12%']

export function SheetTable({ t, rows, actions, signatureWidth = 160, paper = false }: SheetTableProps) {
  return (
    <table className="sheet-lines">
      <caption>{t('signup.lines')}</caption>
      {paper && <colgroup>{paperColumns.map((width, i) => <col key={i} style={{ width }} />)}</colgroup>}
      <thead>
        <tr>
          <th scope="col">{t('signup.col.child')}</th>
          <th scope="col">{t('signup.col.when')}</th>
          <th scope="col">{t('signup.col.parent')}</th>
          <th scope="col">{t('signup.col.signature')}</th>
          <th scope="col">{t('signup.col.billing')}</th>
          <th scope="col">{t('signup.col.status')}</th>
          {actions && <th scope="col">{t('signup.col.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const billing = billingLabel(t, row)
          return (
            <tr key={row.line.id} data-line-id={row.line.id} data-child-id={row.line.childId} data-status={row.status}
              className={row.status === 'ingetrokken' || row.status === 'afgewezen' ? 'sheet-line sheet-line--ended' : 'sheet-line'}>
              <th scope="row">{row.childName}</th>
              <td>{whenLabel(t, row.line)}</td>
              <td>{row.line.parentName}</td>
              <td className="sheet-signature">
                <SignatureImage signature={row.line.signature} width={signatureWidth}
                  label={t('signup.signatureOf', { name: row.line.parentName })} />
                <time dateTime={row.line.signedAt}>{formatInstant(row.line.signedAt)}</time>
              </td>
              <td><strong>{billing.label}</strong> <span className="sheet-billing-reason" {...(paper ? { style: { fontSize: '8.5pt' } } : {})}>{billing.reason}</span></td>
              <td>{statusLabel(t, row)}</td>
              {actions && <td className="sheet-actions">{actions(row)}</td>}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
