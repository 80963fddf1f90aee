// Whether a document names a child, for the documents that do not say so in a field of their own:
// journal facts about an attendance entry (targetId `${date}:${groupId}:${childId}`) and notices,
// whose free parts (docId, localChange, message) may carry the child's id or name (F7's conflict
// notice names the child in its Dutch message).
import type { Child } from '../../shared/domain'

const ENTRY_REF = /^\d{4}-\d{2}-\d{2}:/

/** A journal target that is an entry of this child on an attendance day (attendanceEntryRef). */
export function isEntryRefOf(targetId: string, childId: string): boolean {
  return ENTRY_REF.test(targetId) && targetId.endsWith(`:${childId}`) && targetId.length > childId.length + 12
}

export interface ChildMarks {
  childId: string
  /** Ids of the child's own documents: a reference to one of them is about the child. */
  docIds: ReadonlySet<string>
  /** "Voornaam Achternaam" as staff see it in messages. */
  fullName: string | null
}

export function childMarks(child: Pick<Child, 'id' | 'firstName' | 'lastName'>, docIds: Iterable<string>): ChildMarks {
  const fullName = `${child.firstName} ${child.lastName}`.trim()
  return { childId: child.id, docIds: new Set(docIds), fullName: fullName.length >= 3 ? fullName : null }
}

function stringNames(text: string, marks: ChildMarks): boolean {
  if (text === marks.childId || marks.docIds.has(text) || isEntryRefOf(text, marks.childId)) return true
  return marks.fullName !== null && text.includes(marks.fullName)
}

/** Any string anywhere in `value` is the child's id, one of its documents' ids, an entry of it, or contains its name. */
export function mentionsChild(value: unknown, marks: ChildMarks): boolean {
  if (typeof value === 'string') return stringNames(value, marks)
  if (Array.isArray(value)) return value.some((v) => mentionsChild(v, marks))
  if (typeof value === 'object' && value !== null) return Object.values(value).some((v) => mentionsChild(v, marks))
  return false
}
