// Roving focus over the list's rows (list-keyboard.ts says which key does what): exactly one row is in
// the tab order; arrow keys, Home and End move the focus; `i` and `u` act on the focused child. Keys
// typed in a button or field inside the row are theirs, not the list's.
import { useRef, useState, type KeyboardEvent } from 'react'
import type { CheckAction } from './attendance-entry'
import type { RowFocus } from './ChildRow'
import { clampIndex, listKey } from './list-keyboard'

export function useRowFocus(count: number, onKeyAction: (index: number, action: CheckAction) => void): (index: number) => RowFocus {
  const [focused, setFocused] = useState(0)
  const rows = useRef<(HTMLTableRowElement | null)[]>([])
  const current = clampIndex(focused, count)

  function onKeyDown(index: number, event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return
    const effect = listKey(event.key, index, count)
    if (!effect) return
    event.preventDefault()
    if (effect.kind === 'move') {
      setFocused(effect.index)
      rows.current[effect.index]?.focus()
    } else onKeyAction(index, effect.action)
  }

  return (index) => ({
    tabIndex: index === current ? 0 : -1,
    ref: (element) => {
      rows.current[index] = element
    },
    onFocus: () => setFocused(index),
    onKeyDown: (event) => onKeyDown(index, event),
  })
}
