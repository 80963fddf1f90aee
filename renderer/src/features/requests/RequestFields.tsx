// The fields of Dag aanvragen below `Kind`: `Groep`, `Datum`, `Dagdeel`, `Soort`, `Betaling` (ONLY
// what the offer allows, R9–R10), `Opmerkingen`. Every select lists what the offer computed from the
// shared rules; why a date is refused, or what a parent would have been told, shows beside the date.
import { useId } from 'react'
import type { DayPart, Payment } from '../../../../shared/domain'
import { useT } from '../../i18n/i18n-context'
import { formatHours } from '../attendance/format-hours'
import type { GroupChoice } from '../attendance/use-attendance-data'
import type { FormKind } from '../../../../shared/rules'
import type { RequestOffer } from './request-offer'

export interface FieldValues {
  groupId: string
  date: string
  kind: FormKind
  dayPart: DayPart | undefined
  payment: Payment | undefined
  remarks: string
}

export interface RequestFieldsProps {
  groups: readonly GroupChoice[]
  values: FieldValues
  offer: RequestOffer | null
  onChange: (change: Partial<FieldValues>) => void
}

export function RequestFields({ groups, values, offer, onChange }: RequestFieldsProps) {
  const t = useT()
  const id = useId()
  const refused = offer && !offer.window.ok ? offer.window.message : null
  const parentNote = offer && offer.window.ok && !offer.parentWindow.ok ? offer.parentWindow.message : null
  return (
    <>
      <label htmlFor={`${id}-group`}>{t('request.group')}</label>
      <select id={`${id}-group`} value={values.groupId} onChange={(e) => onChange({ groupId: e.target.value })}>
        {groups.map(({ group, location }) => (
          <option key={group.id} value={group.id}>{`${location.name} – ${group.name} (${group.careType})`}</option>
        ))}
      </select>
      <label htmlFor={`${id}-date`}>{t('request.date')}</label>
      <input id={`${id}-date`} type="date" required value={values.date} aria-describedby={`${id}-date-note`}
        onChange={(e) => onChange({ date: e.target.value })} />
      <div id={`${id}-date-note`}>
        {refused && <p role="alert" className="error">{refused}</p>}
        {parentNote && <p className="request-hint">{t('request.parentNote', { reason: parentNote })}</p>}
        {offer?.window.ok && offer.studyDay && <p className="request-hint">{t('request.studyDay')}</p>}
      </div>
      <label htmlFor={`${id}-kind`}>{t('request.kind')}</label>
      <select id={`${id}-kind`} value={offer?.kind ?? values.kind} disabled={!offer}
        onChange={(e) => onChange({ kind: e.target.value as FormKind })}>
        {(offer?.kinds ?? []).map((kind) => <option key={kind} value={kind}>{t(`request.kind.${kind}`)}</option>)}
      </select>
      <label htmlFor={`${id}-daypart`}>{t('request.dayPart')}</label>
      <select id={`${id}-daypart`} value={offer?.dayPart ?? ''} disabled={!offer} aria-describedby={`${id}-hours`}
        onChange={(e) => onChange({ dayPart: e.target.value as DayPart })}>
        {(offer?.dayParts ?? []).map((part) => <option key={part} value={part}>{part}</option>)}
      </select>
      <p id={`${id}-hours`} className="request-hint">{offer && offer.hours > 0 ? t('request.hours', { hours: formatHours(t, offer.hours) }) : ''}</p>
      <label htmlFor={`${id}-payment`}>{t('request.payment')}</label>
      <select id={`${id}-payment`} value={values.payment ?? ''} disabled={!offer || offer.payments.length === 0}
        onChange={(e) => onChange({ payment: e.target.value as Payment })}>
        {(offer?.payments ?? []).map((payment) => <option key={payment} value={payment}>{t(`request.payment.${payment}`)}</option>)}
      </select>
      {offer?.window.ok && offer.payments.length === 0 && <p role="alert" className="error">{t('request.noPayment')}</p>}
      <label htmlFor={`${id}-remarks`}>{t('request.remarks')}</label>
      <textarea id={`${id}-remarks`} value={values.remarks} maxLength={2000} onChange={(e) => onChange({ remarks: e.target.value })} />
    </>
  )
}
