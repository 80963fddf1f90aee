import { describe, expect, it } from 'vitest'
import type { Notice } from '../../../../shared/domain'
import { changedEntry, describeNotice } from '../../../../renderer/src/features/notices/describe-notice'
import { describeEntry } from '../../../../renderer/src/features/attendance/describe-entry'
import { formatInstant } from '../../../../renderer/src/i18n/format-instant'
import { translator } from '../../../../renderer/src/i18n/translate'

const t = translator('nl')
const names = {
  childName: (id: string) => ({ 'k-sanne': 'Sanne de Vries', 'k-daan': 'Daan Jansen' } as Record<string, string>)[id],
  staffName: (id: string) => ({ 'sem.bakker': 'Sem Bakker' } as Record<string, string>)[id],
}
// December: Amsterdam is UTC+1.
const entry = (childId: string, checkIn: string, by = 'anouk.devries', extra = {}) =>
  ({ childId, checkIn, unplanned: false, wentHome: false, by, device: 'pc-a', at: checkIn, rev: 1, ...extra })

const lost: Notice = {
  id: 'conflict:pc-a:x', deviceId: 'pc-a', userId: 'anouk.devries', locationId: 'loc-1', kind: 'conflict',
  collectionName: 'attendance', docId: '2026-12-02:g-1', code: 'conflict-verloren', message: 'Sanne de Vries: je wijziging …',
  winner: { by: 'sem.bakker', at: '2026-12-02T07:09:00.000Z' }, localChange: entry('k-sanne', '2026-12-02T07:05:00.000Z'),
  at: '2026-12-02T09:00:00.000Z',
}

describe('describeNotice', () => {
  it('says what (collection, child, change), why, and whose change won, by name', () => {
    const view = describeNotice(t, lost, names, '2026-12-03')
    expect(view.what).toBe('Aanwezigheid · Sanne de Vries · Inchecken 08:05')
    expect(view.why).toBe(lost.message)
    expect(view.winner).toBe('Sem Bakker om 2-12-2026 08:09')
    expect(view.kind).toBe('Conflict verloren')
    expect(view.readAt).toBeNull()
    expect(describeNotice(t, lost, names, '2026-12-02').winner).toBe('Sem Bakker om 08:09')
  })

  it('finds the refused entry in a refused attendance day: the author\'s latest', () => {
    const refused: Notice = {
      ...lost, kind: 'geweigerd', code: 'medewerker-niet-actief', message: 'Medewerker is niet actief', userId: 'vincent.oud',
      localChange: {
        id: '2026-12-02:g-1', date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', updatedAt: '2026-12-02T08:00:00.000Z',
        entries: [
          entry('k-daan', '2026-12-02T07:30:00.000Z', 'vincent.oud'),
          entry('k-sanne', '2026-12-02T07:45:00.000Z', 'vincent.oud', { checkOut: '2026-12-02T11:00:00.000Z', at: '2026-12-02T11:00:00.000Z' }),
          entry('k-x', '2026-12-02T07:50:00.000Z', 'someone.else'),
        ],
      },
    }
    const { winner: _w, ...withoutWinner } = refused
    const view = describeNotice(t, withoutWinner, names)
    expect(view.what).toBe('Aanwezigheid · Sanne de Vries · Inchecken 08:45, Uitchecken 12:00')
    expect(view.winner).toBeNull()
    expect(view.kind).toBe('Geweigerd door de server')
    expect(changedEntry({ localChange: { entries: [] } })).toBeNull()
  })

  it('names a sign-up decision by its kind and the child of the line it is about', () => {
    const decision: Notice = {
      ...lost, collectionName: 'journal', docId: 'verwerking:line-1',
      localChange: { kind: 'afgewezen', targetId: 'line-1', date: '2026-12-02', locationId: 'loc-1' },
    }
    const withLines = { ...names, lineChild: (id: string) => (id === 'line-1' ? 'k-daan' : undefined) }
    expect(describeNotice(t, decision, withLines).what).toBe('Journaal · Afgewezen · Daan Jansen · 2026-12-02')
    // Without the line on this PC (not synced yet) it still says what kind of fact it was.
    expect(describeNotice(t, decision, names).what).toBe('Journaal · Afgewezen · 2026-12-02')
  })

  it('names the child and date of other collections, and the document otherwise', () => {
    const absence: Notice = { ...lost, collectionName: 'absences', docId: 'a-1', localChange: { childId: 'k-daan', date: '2026-12-02' } }
    expect(describeNotice(t, absence, names).what).toBe('Afwezigheid · Daan Jansen · 2026-12-02')
    const other: Notice = { ...lost, collectionName: 'requests', docId: 'r-1', localChange: {} }
    expect(describeNotice(t, other, names).what).toBe('Aanvraag · r-1')
    const unknownChild: Notice = { ...lost, localChange: entry('k-?', '2026-12-02T07:05:00.000Z') }
    expect(describeNotice(t, unknownChild, names).what).toBe('Aanwezigheid · k-? · Inchecken 08:05')
  })
})

describe('describeEntry and formatInstant', () => {
  it('names only what differs from the entry it is compared with', () => {
    const a = entry('k', '2026-12-02T07:05:00.000Z', 'x', { checkOut: '2026-12-02T11:00:00.000Z' })
    const b = entry('k', '2026-12-02T07:05:00.000Z', 'y', { checkOut: '2026-12-02T11:30:00.000Z' })
    expect(describeEntry(t, a, b)).toBe('Uitchecken 12:00')
    expect(describeEntry(t, a)).toBe('Inchecken 08:05, Uitchecken 12:00')
    expect(describeEntry(t, a, a)).toBe('Inchecken 08:05, Uitchecken 12:00')
    expect(describeEntry(translator('en'), { wentHome: true })).toBe('Went home during the day')
  })

  it('writes Amsterdam time, with the date unless it is today', () => {
    expect(formatInstant('2026-07-01T06:05:00.000Z', '2026-07-01')).toBe('08:05')
    expect(formatInstant('2026-07-01T06:05:00.000Z')).toBe('1-7-2026 08:05')
    expect(formatInstant('not a date')).toBe('not a date')
  })
})
