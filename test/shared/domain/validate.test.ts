import { describe, expect, it } from 'vitest'
import { collectionNames, validateDocument, validators } from '../../../shared/domain'
import { validDocuments } from './fixtures'

const clone = <T>(value: T): T => structuredClone(value)

describe('validateDocument', () => {
  it.each(collectionNames)('accepts a valid %s document', (collection) => {
    expect(validateDocument(collection, validDocuments[collection])).toEqual({ ok: true })
    expect(validators[collection](validDocuments[collection])).toEqual({ ok: true })
  })

  it('ignores the fields RxDB adds to stored documents, without changing the document', () => {
    const stored = { ...clone(validDocuments.staff), _deleted: false, _rev: '1-abc', _meta: { lwt: 1 }, _attachments: {} }
    expect(validateDocument('staff', stored)).toEqual({ ok: true })
    expect(stored._rev).toBe('1-abc')
  })

  it('refuses a value outside an enum', () => {
    const doc = { ...clone(validDocuments.requests), status: 'goedgekeurd!' }
    const result = validateDocument('requests', doc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/\/status/)
  })

  it('refuses a missing required field', () => {
    const { reportedAt: _dropped, ...doc } = clone(validDocuments.absences)
    const result = validateDocument('absences', doc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/reportedAt/)
  })

  it('refuses an extra property, at the top and nested', () => {
    const top = validateDocument('staff', { ...clone(validDocuments.staff), password: 'geheim' })
    expect(top.ok).toBe(false)
    if (!top.ok) expect(top.errors.join('\n')).toMatch(/password/)
    const child = clone(validDocuments.children)
    const nested = { ...child, parents: [{ ...child.parents[0], bsn: '123' }] }
    expect(validateDocument('children', nested).ok).toBe(false)
  })

  it.each([
    ['a date that does not exist', '2026-02-30'],
    ['a date in another format', '23-11-2026'],
    ['a date with a time', '2026-11-23T00:00'],
  ])('refuses %s', (_label, date) => {
    expect(validateDocument('studydays', { ...clone(validDocuments.studydays), date }).ok).toBe(false)
  })

  it('accepts only UTC instants in the toISOString form', () => {
    const doc = clone(validDocuments.staff)
    expect(validateDocument('staff', { ...doc, updatedAt: '2026-11-23T09:15:00Z' }).ok).toBe(true)
    expect(validateDocument('staff', { ...doc, updatedAt: '2026-11-23T10:15:00+01:00' }).ok).toBe(false)
    expect(validateDocument('staff', { ...doc, updatedAt: '2026-11-23' }).ok).toBe(false)
  })

  it("refuses times that are not 'HH:mm'", () => {
    const location = clone(validDocuments.locations)
    const group = location.groups[0]!
    group.dayParts[0] = { ...group.dayParts[0]!, start: '7:30' }
    expect(validateDocument('locations', location).ok).toBe(false)
    group.dayParts[0] = { ...group.dayParts[0]!, start: '24:00' }
    expect(validateDocument('locations', location).ok).toBe(false)
  })

  it('requires a care type on swap-hour ledger entries only', () => {
    const { careType: _dropped, ...withoutCareType } = clone(validDocuments.ledger)
    expect(validateDocument('ledger', withoutCareType).ok).toBe(false)
    expect(validateDocument('ledger', { ...withoutCareType, unit: 'vakantiedagen' }).ok).toBe(true)
  })

  it('refuses a ledger amount that is zero or negative', () => {
    expect(validateDocument('ledger', { ...clone(validDocuments.ledger), amount: 0 }).ok).toBe(false)
    expect(validateDocument('ledger', { ...clone(validDocuments.ledger), amount: -3 }).ok).toBe(false)
  })

  it('refuses weekdays outside 1..7 and a third parent', () => {
    const child = clone(validDocuments.children)
    const placement = child.placements[0]!
    expect(validateDocument('children', { ...child, placements: [{ ...placement, weekdays: [0, 1] }] }).ok).toBe(false)
    const parent = child.parents[0]!
    expect(validateDocument('children', { ...child, parents: [parent, { ...parent, rank: 2 }, { ...parent, rank: 2 }] }).ok).toBe(false)
  })

  it('refuses a signature point that is not [x, y, t, pressure]', () => {
    const line = clone(validDocuments.signuplines)
    expect(validateDocument('signuplines', { ...line, signature: { ...line.signature, strokes: [{ points: [[1, 2, 3]] }] } }).ok).toBe(false)
    expect(validateDocument('signuplines', { ...line, signature: { ...line.signature, strokes: [] } }).ok).toBe(false)
  })

  it('refuses what is not a document at all', () => {
    expect(validateDocument('staff', null).ok).toBe(false)
    expect(validateDocument('staff', 'staff').ok).toBe(false)
    expect(validateDocument('staff', [validDocuments.staff]).ok).toBe(false)
  })
})
