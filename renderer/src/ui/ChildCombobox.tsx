// A `Kind` field in the ARIA combobox pattern (a text box that filters a list box of children), so it
// is found by role and name and works by keyboard: arrows move through the children, Enter chooses
// (never submitting a form around it), Escape closes the list without closing a dialog around it.
// The list lies over what follows, so opening it moves nothing and a click lands where it was aimed.
// Each screen says which children it offers (`search`) and what an option adds (a note, disabled).
import { useId, useState, type KeyboardEvent } from 'react'

export interface ChildComboboxProps<O> {
  label: string
  hint: string
  listLabel: string
  noneText: string
  /** The options for what is typed; '' when the chosen child's name stands in the box (all again). */
  search: (query: string) => readonly O[]
  keyOf: (option: O) => string
  nameOf: (option: O) => string
  /** Shown but not choosable (e.g. a child signed up already), with its note. */
  disabledOf?: (option: O) => boolean
  noteOf?: (option: O) => string | undefined
  selectedName: string | null
  onSelect: (option: O | null) => void
  className?: string
}

export function ChildCombobox<O>(props: ChildComboboxProps<O>) {
  const { search, keyOf, nameOf, selectedName, onSelect } = props
  const disabled = (option: O) => props.disabledOf?.(option) ?? false
  const id = useId()
  const [query, setQuery] = useState(selectedName ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = open ? search(selectedName !== null && query === selectedName ? '' : query) : []
  const current = options[Math.min(active, options.length - 1)]
  const optionId = (i: number) => `${id}-option-${i}`

  function choose(option: O | undefined) {
    if (option === undefined || disabled(option)) return
    onSelect(option)
    setQuery(nameOf(option))
    setOpen(false)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setOpen(true)
      setActive((i) => (options.length === 0 ? 0 : (Math.min(i, options.length - 1) + step + options.length) % options.length))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(current)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className={props.className ? `child-combobox ${props.className}` : 'child-combobox'}>
      <label htmlFor={`${id}-input`}>{props.label}</label>
      <div className="child-combobox-field">
        <input id={`${id}-input`} type="text" role="combobox" autoComplete="off" aria-autocomplete="list"
          aria-expanded={open} aria-controls={`${id}-list`} aria-describedby={`${id}-hint`}
          {...(current !== undefined ? { 'aria-activedescendant': optionId(options.indexOf(current)) } : {})}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
            setActive(0)
            if (selectedName !== null && e.target.value !== selectedName) onSelect(null)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown} />
        <ul id={`${id}-list`} role="listbox" aria-label={props.listLabel} className="child-options" hidden={!open || options.length === 0}>
          {options.map((option, i) => {
            const note = props.noteOf?.(option)
            return (
              <li key={keyOf(option)} id={optionId(i)} role="option" aria-selected={option === current} aria-disabled={disabled(option) || undefined}
                className={disabled(option) ? 'child-option child-option--taken' : 'child-option'}
                // Keeps the focus in the text box, so the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}>
                {nameOf(option)}
                {note !== undefined && <span className="child-option-note">{note}</span>}
              </li>
            )
          })}
        </ul>
        {open && options.length === 0 && <p role="status" className="child-options-none">{props.noneText}</p>}
      </div>
      <p id={`${id}-hint`} className="row-dialog-hint">{props.hint}</p>
    </div>
  )
}
