// R12: a parent's absence report is final (FAQ: "niet ongedaan maken"); the child comes after all
// only through a new request. Staff may correct a mistaken entry, with a reason (requireReason);
// the original stays in the record, marked corrected, and earns nothing.
import type { Actor } from '../domain/enums'
import { allow, refuse, type Verdict } from './verdict'

export function canUndoAbsence(by: Actor): Verdict {
  return by === 'ouder' ? refuse('afwezigheid-definitief') : allow()
}
