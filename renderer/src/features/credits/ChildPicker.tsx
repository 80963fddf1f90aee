// The `Kind` field of Tegoeden: a combobox in the ARIA pattern (a text box that filters a list box of
// children), found by its label and reachable by keyboard: arrows move through the children, Enter
// chooses, Escape closes the list. Only children of the locations this user on this PC covers.
import { useId, useState, type KeyboardEvent } from 'react'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { childOptions, type ChildOption, type SearchChild } from './child-search'

export interface ChildPickerProps<C extends SearchChild> {
  candidates: readonly C[]
  onSelect: (child: C | null) => void
}

export function ChildPicker<C extends SearchChild>({ candidates, onSelect }: ChildPickerProps<C>) {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState('')
  const [chosen, setChosen] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  // Once a child is chosen its full name stands in the box: the list then shows every child again.
  const options = childOptions(candidates, chosen !== null && query === chosen ? '' : query)
  const optionId = (i: number) => `${id}-option-${i}`
  const current = open ? options[Math.min(active, options.length - 1)] : undefined

  function choose(option: ChildOption<C> | undefined) {
    if (!option) return
    onSelect(option.child)
    setChosen(option.name)
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
      event.preventDefault()
      choose(current)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
    }
  }

  return (
    <div className="credits-picker">
      <label htmlFor={`${id}-input`}>{t('credits.child')}</label>
      <input id={`${id}-input`} type="text" role="combobox" autoComplete="off" aria-autocomplete="list"
        aria-expanded={open} aria-controls={`${id}-list`} aria-describedby={`${id}-hint`}
        {...(current ? { 'aria-activedescendant': optionId(options.indexOf(current)) } : {})}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(0)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown} />
      <p id={`${id}-hint`} className="row-dialog-hint">{t('credits.childHint')}</p>
      <ul id={`${id}-list`} role="listbox" aria-label={t('credits.children')} className="credits-options" hidden={!open}>
        {open && options.map((option, i) => (
          <li key={option.child.id} id={optionId(i)} role="option" aria-selected={option === current} className="credits-option"
            // Keeps the focus in the text box, so the list does not close before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}>
            {option.name}
            <span className="credits-option-note">{` · ${t('credits.born', { date: dutchDate(option.child.birthDate) })}`}</span>
          </li>
        ))}
      </ul>
      {open && options.length === 0 && <p role="status">{t('credits.noChildren')}</p>}
    </div>
  )
}
