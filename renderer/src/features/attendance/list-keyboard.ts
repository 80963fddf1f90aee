// The list by keyboard (SPEC F2): arrow keys move the focus from row to row (one row is in the tab
// order at a time: roving focus), `i` checks the focused child in and `u` checks it out. Pure, so
// that the key map is tested without a browser.
import type { CheckAction } from './attendance-entry'

export type ListKeyEffect = { kind: 'move'; index: number } | { kind: 'check'; action: CheckAction } | null

export function listKey(key: string, index: number, count: number): ListKeyEffect {
  if (count === 0) return null
  const last = count - 1
  switch (key) {
    case 'ArrowDown': return { kind: 'move', index: Math.min(index + 1, last) }
    case 'ArrowUp': return { kind: 'move', index: Math.max(index - 1, 0) }
    case 'Home': return { kind: 'move', index: 0 }
    case 'End': return { kind: 'move', index: last }
    case 'i': case 'I': return { kind: 'check', action: 'checkIn' }
    case 'u': case 'U': return { kind: 'check', action: 'checkOut' }
    default: return null
  }
}

/** The focused row after the list changed: the same index where possible, never past the end. */
export function clampIndex(index: number, count: number): number {
  return count === 0 ? 0 : Math.min(Math.max(index, 0), count - 1)
}
