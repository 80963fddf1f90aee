// How the convergence run compares a PC with the server (support/stored-documents.ts): content
// without RxDB's bookkeeping, in any key order; encrypted fields only by presence; what R17 lets a
// PC remove locally left out on both sides.
import { describe, expect, it } from 'vitest'
import { collectionNames } from '../../shared/domain/collections'
import { contentOf, snapshotDifferences, withoutRetired, type Snapshot, type StoredDoc } from './support/stored-documents'

function snapshot(docs: Partial<Record<keyof Snapshot, StoredDoc[]>>): Snapshot {
  return Object.fromEntries(collectionNames.map((c) => [c, new Map((docs[c] ?? []).map((d) => [String(d.id), d]))])) as Snapshot
}
const names = { left: 'pc', right: 'server' }

describe('snapshotDifferences', () => {
  it('ignores key order and RxDB fields, finds changed, missing and extra documents', () => {
    const local = contentOf({ id: 'a', x: 1, y: { b: 2, a: 1 }, _rev: '3-x', _meta: { lwt: 1 }, _attachments: {}, _deleted: false })
    expect(snapshotDifferences(snapshot({ staff: [local] }), snapshot({ staff: [{ y: { a: 1, b: 2 }, x: 1, id: 'a' }] }), names)).toEqual([])
    expect(snapshotDifferences(snapshot({ staff: [{ id: 'a', x: 1 }, { id: 'b' }] }), snapshot({ staff: [{ id: 'a', x: 2 }, { id: 'c' }] }), names)).toEqual([
      'staff/a: differs: pc {"id":"a","x":1} ≠ server {"id":"a","x":2}',
      'staff/b: on pc, not on server',
      'staff/c: on server, not on pc',
    ])
  })

  it('compares encrypted fields by presence only', () => {
    const onPc = contentOf({ id: 'k', medical: 'U2FsdGVkX1...', firstName: 'A' }, 'children')
    const onServer = contentOf({ id: 'k', medical: { notes: '', allergies: [] }, firstName: 'A' }, 'children')
    expect(snapshotDifferences(snapshot({ children: [onPc] }), snapshot({ children: [onServer] }), names)).toEqual([])
    const without = contentOf({ id: 'k', firstName: 'A' }, 'children')
    expect(snapshotDifferences(snapshot({ children: [without] }), snapshot({ children: [onServer] }), names)).toHaveLength(1)
  })
})

describe('withoutRetired', () => {
  it('leaves out a child whose placements ended long ago, with its own facts, and keeps the rest', () => {
    const gone = { id: 'old', placements: [{ start: '2020-01-01', end: '2020-06-30' }] }
    const here = { id: 'new', placements: [{ start: '2026-01-01' }] }
    const kept = withoutRetired(snapshot({
      children: [gone, here],
      absences: [{ id: 'afw-old', childId: 'old' }, { id: 'afw-new', childId: 'new' }],
      journal: [{ id: 'j-old', targetId: 'afw-old' }, { id: 'j-new', targetId: 'afw-new' }],
      attendance: [{ id: 'day', entries: [{ childId: 'old' }] }],
    }), '2026-11-24')
    expect([...kept.children.keys()]).toEqual(['new'])
    expect([...kept.absences.keys()]).toEqual(['afw-new'])
    expect([...kept.journal.keys()]).toEqual(['j-new'])
    expect([...kept.attendance.keys()]).toEqual(['day'])
  })
})
