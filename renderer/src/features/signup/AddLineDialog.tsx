// `Inschrijving toevoegen` (F6): choose the child (the sheet's candidates), the whole day or times,
// the parent's name; R9's billing and its reason show as soon as the child is chosen. `Laten tekenen`
// hands the line to Tekenmodus (main keeps it, session.signing.enter), where the parent signs and the
// line is written; this dialog writes nothing itself.
import { useId, useState, type FormEvent } from 'react'
import type { Child } from '../../../../shared/domain'
import type { SignupBillingVerdict } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'
import { parentSuggestions, type PickerOption } from './candidate-search'
import { ChildCombobox } from '../../ui/ChildCombobox'
import { pickerOptions } from './candidate-search'
import { billingLabel } from './line-labels'
import { signingDraft, type DayChoice } from './signing-draft'
import { studyDayHours } from './time-range'

export interface AddLineDialogProps {
  sheetId: string
  candidates: readonly { child: Child; billing: SignupBillingVerdict }[]
  signedUp: ReadonlySet<string>
  /** The sheet was closed meanwhile (here or replicated in): nothing can be added. */
  closed: boolean
  onClose: () => void
}

export function AddLineDialog({ sheetId, candidates, signedUp, closed, onClose }: AddLineDialogProps) {
  const { bridge, sessions } = useServices()
  const t = useT()
  const id = useId()
  const [selected, setSelected] = useState<PickerOption<Child> | null>(null)
  const [dayChoice, setDayChoice] = useState<DayChoice>('hele dag')
  const [van, setVan] = useState('')
  const [tot, setTot] = useState('')
  const [parentName, setParentName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (closed) return setError(t('signup.error.lijst-gesloten'))
    const verdict = signingDraft({
      childId: selected?.child.id ?? null, signedUp: selected ? signedUp.has(selected.child.id) : false, dayChoice, van, tot, parentName,
    })
    if (!verdict.ok) return setError(t(`signup.error.${verdict.code}`, { start: studyDayHours.start, end: studyDayHours.end }))
    setBusy(true)
    setError(null)
    try {
      const state = await bridge.invoke('session.signing.enter', { sheetId, draft: verdict.draft })
      // The app shows Tekenmodus as soon as it holds the new session (PcApp).
      sessions.accept(state)
      onClose()
    } catch (e) {
      setError(t('signup.signingFailed', { message: failureMessage(e, t) }))
      setBusy(false)
    }
  }

  const billing = selected ? billingLabel(t, { billing: selected.billing.billing, billingReason: selected.billing.reason }) : null
  const parents = selected ? parentSuggestions(selected.child) : []

  return (
    <ModalDialog title={t('signup.add')} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <ChildCombobox label={t('signup.add.child')} hint={t('signup.add.childHint')} listLabel={t('signup.add.candidates')} noneText={t('signup.add.noCandidates')}
          search={(query) => pickerOptions({ candidates, signedUp, query })} keyOf={(o) => o.child.id} nameOf={(o) => o.name}
          disabledOf={(o) => o.signedUp} noteOf={(o) => (o.signedUp ? ` (${t('signup.add.signedUp')})` : undefined)}
          selectedName={selected?.name ?? null} onSelect={setSelected} />
        <section aria-label={t('signup.add.billing')} className="row-dialog-preview">
          <p role="status" data-billing={selected?.billing.billing ?? ''}>
            {billing ? <><strong>{billing.label}</strong> <span className="add-line-reason">{`— ${billing.reason}`}</span></> : '…'}
          </p>
        </section>
        <fieldset>
          <legend>{t('signup.add.dayPart')}</legend>
          <label className="row-dialog-check">
            <input type="radio" name={`${id}-day`} checked={dayChoice === 'hele dag'} onChange={() => setDayChoice('hele dag')} />
            {t('signup.add.wholeDay')}
          </label>
          <label className="row-dialog-check">
            <input type="radio" name={`${id}-day`} checked={dayChoice === 'tijden'} onChange={() => setDayChoice('tijden')} />
            {t('signup.add.times')}
          </label>
          {dayChoice === 'tijden' && (
            <div className="sheet-times">
              <label htmlFor={`${id}-van`}>{t('signup.add.from')}</label>
              <input id={`${id}-van`} type="text" inputMode="numeric" placeholder="08:30" maxLength={5} required value={van}
                aria-describedby={`${id}-times-hint`} onChange={(e) => setVan(e.target.value)} />
              <label htmlFor={`${id}-tot`}>{t('signup.add.to')}</label>
              <input id={`${id}-tot`} type="text" inputMode="numeric" placeholder="17:00" maxLength={5} required value={tot}
                aria-describedby={`${id}-times-hint`} onChange={(e) => setTot(e.target.value)} />
              <p id={`${id}-times-hint`} className="row-dialog-hint">{t('signup.add.timesHint', { start: studyDayHours.start, end: studyDayHours.end })}</p>
            </div>
          )}
        </fieldset>
        <label htmlFor={`${id}-parent`}>{t('signup.add.parent')}</label>
        {/* A datalist suggests the child's parents while any name can be typed; the role keeps it the text box it is. */}
        <input id={`${id}-parent`} type="text" role="textbox" list={`${id}-parents`} autoComplete="off" maxLength={200} required
          value={parentName} onChange={(e) => setParentName(e.target.value)} />
        <datalist id={`${id}-parents`}>
          {parents.map((name) => <option key={name} value={name} />)}
        </datalist>
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy || closed}>{t('signup.add.sign')}</button>
          <button type="button" onClick={onClose}>{t('signup.add.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
