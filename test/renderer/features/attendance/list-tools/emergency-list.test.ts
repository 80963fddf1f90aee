import { describe, expect, it } from 'vitest'
import { emergencyList, inBuilding } from '../../../../../renderer/src/features/attendance/list-tools/emergency-list'
import { child, date, day, entry, location } from './fixtures'

const sanne = {
  ...child('k-sanne', 'Sanne', 'de Vries'),
  medical: { allergies: ['pinda'], notes: 'EpiPen in de tas' },
  collectors: [{ name: 'Oma Truus', relation: 'oma', phone: '0687654321' }],
  parents: [
    { rank: 2 as const, name: 'Bram de Vries', phones: ['0611111111'], emails: [] },
    { rank: 1 as const, name: 'Eva de Vries', phones: ['0612345678', '0201234567'], emails: [] },
  ],
}
const daan = child('k-daan', 'Daan', 'Bakker')
const lot = child('k-lot', 'Lot', 'Jansen')
const olaf = child('k-olaf', 'Olaf', 'Anders', { groupId: 'g-2' })

describe('emergencyList (Noodlijst)', () => {
  it('lists exactly the children checked in and not checked out today, across all groups of the location', () => {
    const days = [
      day('g-2', [entry('k-olaf', { checkIn: '2026-12-02T07:40:00.000Z' })]),
      day('g-1', [
        entry('k-sanne', { checkIn: '2026-12-02T07:35:00.000Z' }),
        entry('k-daan', { checkIn: '2026-12-02T07:31:00.000Z', checkOut: '2026-12-02T11:00:00.000Z' }),
        entry('k-lot', { checkIn: '2026-12-02T07:50:00.000Z', wentHome: true }),
        entry('k-walk-in', { checkIn: '2026-12-02T08:10:00.000Z', unplanned: true }),
      ]),
      // Another day and another location do not count.
      day('g-1', [entry('k-daan', { checkIn: '2026-12-01T07:31:00.000Z' })], '2026-12-01'),
      { ...day('g-9', [entry('k-x', { checkIn: '2026-12-02T07:31:00.000Z' })]), locationId: 'loc-2' },
    ]
    const list = emergencyList({ location, days, today: date, children: [sanne, daan, lot, olaf] })
    expect(list.map((c) => `${c.groupName}:${c.name}`)).toEqual(['Egeltjes:k-walk-in', 'Egeltjes:Sanne de Vries', 'Vlindertjes:Olaf Anders'])
  })

  it('carries the parents (contract holder first) with their phones, who may collect, allergies and medical notes', () => {
    const [row] = emergencyList({ location, days: [day('g-1', [entry('k-sanne', { checkIn: '2026-12-02T07:35:00.000Z' })])], today: date, children: [sanne] })
    expect(row).toEqual({
      childId: 'k-sanne', name: 'Sanne de Vries', groupName: 'Egeltjes', checkIn: '2026-12-02T07:35:00.000Z',
      parents: [{ name: 'Eva de Vries', phones: ['0612345678', '0201234567'] }, { name: 'Bram de Vries', phones: ['0611111111'] }],
      collectors: [{ name: 'Oma Truus', relation: 'oma', phone: '0687654321' }],
      allergies: ['pinda'], medicalNotes: 'EpiPen in de tas', known: true,
    })
  })

  it('shows a child whose document is not on this PC by its id, marked unknown, rather than leaving it out', () => {
    const [row] = emergencyList({ location, days: [day('g-1', [entry('k-ghost', { checkIn: '2026-12-02T07:35:00.000Z' })])], today: date, children: [] })
    expect(row).toMatchObject({ childId: 'k-ghost', name: 'k-ghost', known: false, parents: [] })
  })

  it('counts a child in two lists once', () => {
    const days = [day('g-1', [entry('k-sanne', { checkIn: '2026-12-02T07:35:00.000Z' })]), day('g-2', [entry('k-sanne', { checkIn: '2026-12-02T09:00:00.000Z' })])]
    expect(emergencyList({ location, days, today: date, children: [sanne] })).toHaveLength(1)
  })

  it('knows who is in the building', () => {
    expect(inBuilding({ checkIn: 'x', wentHome: false })).toBe(true)
    expect(inBuilding({ wentHome: false })).toBe(false)
    expect(inBuilding({ checkIn: 'x', checkOut: 'y', wentHome: false })).toBe(false)
    expect(inBuilding({ checkIn: 'x', wentHome: true })).toBe(false)
  })
})
