// The `Kind` field of Dag aanvragen: a combobox in the ARIA pattern (a text box that filters a list
// box), found by role and reachable by keyboard: arrows move through the children, Enter chooses,
// Escape closes the list without closing a dialog around it.
import { useId, useState, type KeyboardEvent } from 'react'
import type { Child } from '../../../../shared/domain'
import { useT } from '../../i18n/i18n-context'
import { childOptions, type ChildOption } from './child-search'

export interface ChildSearchProps {
  candidates: readonly Child[]
  covers: (locationId: string) => boolean
  selected: ChildOption | null
  onSelect: (option: ChildOption | null) => void
}

export function ChildSearch({ candidates, covers, selected, onSelect }: ChildSearchProps) {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState(selected?.name ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = open ? childOptions(candidates, covers, selected && query === selected.name ? '' : query) : []
  const current = options[Math.min(active, options.length - 1)]
  const optionId = (i: number) => `${id}-option-${i}`

  function choose(option: ChildOption | undefined) {
    if (!option) return
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
      // Enter chooses the child; it never submits the form from here.
      event.preventDefault()
      choose(current)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="request-child">
      <label htmlFor={`${id}-input`}>{t('request.child')}</label>
      <input id={`${id}-input`} type="text" role="combobox" autoComplete="off" aria-autocomplete="list"
        aria-expanded={open} aria-controls={`${id}-list`} aria-describedby={`${id}-hint`}
        {...(open && current ? { 'aria-activedescendant': optionId(options.indexOf(current)) } : {})}
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
      <p id={`${id}-hint`} className="request-hint">{t('request.childHint')}</p>
      <ul id={`${id}-list`} role="listbox" aria-label={t('request.children')} className="request-child-options" hidden={!open}>
        {options.map((option, i) => (
          <li key={option.child.id} id={optionId(i)} role="option" aria-selected={option === current}
            // Keeps the focus in the text box, so the list does not close before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}>
            {option.name}
          </li>
        ))}
      </ul>
      {open && options.length === 0 && <p role="status">{t('request.noChildren')}</p>}
    </div>
  )
}
