// The `Kind` field of `Inschrijving toevoegen`: a combobox in the ARIA pattern (a text box that filters
// a list box of options), so it is found by role and reachable by keyboard: arrows move through the
// children, Enter chooses, Escape closes the list without closing the dialog. A child that stands on
// the sheet already is listed as `al ingeschreven` and cannot be chosen.
import { useId, useState, type KeyboardEvent } from 'react'
import type { SignupBillingVerdict } from '../../../../shared/rules'
import { useT } from '../../i18n/i18n-context'
import { pickerOptions, type PickerChild, type PickerOption } from './candidate-search'

export interface ChildComboboxProps<C extends PickerChild> {
  candidates: readonly { child: C; billing: SignupBillingVerdict }[]
  signedUp: ReadonlySet<string>
  selected: PickerOption<C> | null
  onSelect: (option: PickerOption<C> | null) => void
}

export function ChildCombobox<C extends PickerChild>({ candidates, signedUp, selected, onSelect }: ChildComboboxProps<C>) {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = pickerOptions({ candidates, signedUp, query: selected && query === selected.name ? '' : query })
  const optionId = (i: number) => `${id}-option-${i}`
  const current = open ? options[Math.min(active, options.length - 1)] : undefined

  function choose(option: PickerOption<C> | undefined) {
    if (!option || option.signedUp) return
    onSelect(option)
    setQuery(option.name)
    setOpen(false)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setOpen(true)
      setActive((i) => (options.length === 0 ? 0 : (Math.min(i, options.length - 1) + step + options.length) % options.length))
    } else if (event.key === 'Enter') {
      // Enter chooses the child; it never submits the dialog from here.
      event.preventDefault()
      choose(current)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="child-combobox">
      <label htmlFor={`${id}-input`}>{t('signup.add.child')}</label>
      {/* The list lies over what follows: opening and closing it moves nothing, so a click lands where it was aimed. */}
      <div className="child-combobox-field">
        <input id={`${id}-input`} type="text" role="combobox" autoComplete="off" aria-autocomplete="list"
          aria-expanded={open} aria-controls={`${id}-list`} aria-describedby={`${id}-hint`}
          {...(current ? { 'aria-activedescendant': optionId(options.indexOf(current)) } : {})}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
            setActive(0)
            if (selected && e.target.value !== selected.name) onSelect(null)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown} />
        <ul id={`${id}-list`} role="listbox" aria-label={t('signup.add.candidates')} className="child-options" hidden={!open || options.length === 0}>
          {open && options.map((option, i) => (
            <li key={option.child.id} id={optionId(i)} role="option" aria-selected={option === current} aria-disabled={option.signedUp}
              className={option.signedUp ? 'child-option child-option--taken' : 'child-option'}
              // Keeps the focus in the text box, so the list does not close before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}>
              {option.name}
              {option.signedUp && <span className="child-option-note">{` (${t('signup.add.signedUp')})`}</span>}
            </li>
          ))}
        </ul>
        {open && options.length === 0 && <p role="status" className="child-options-none">{t('signup.add.noCandidates')}</p>}
      </div>
      <p id={`${id}-hint`} className="row-dialog-hint">{t('signup.add.childHint')}</p>
    </div>
  )
}
