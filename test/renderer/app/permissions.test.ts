import { describe, expect, it } from 'vitest'
import { deviceCovers, permissionsFor } from '../../../renderer/src/app/permissions'

const goverwellePc = { locationIds: ['loc-goverwelle'] }

describe('permissionsFor', () => {
  it('follows the shared matrix: group staff check children in, customer service and planners only look', () => {
    expect(permissionsFor({ role: 'groepsmedewerker', locationIds: ['loc-goverwelle'] }, goverwellePc).can('aanwezigheid.registreren')).toBe(true)
    for (const role of ['klantenservice', 'planner'] as const) {
      const p = permissionsFor({ role, locationIds: [] }, goverwellePc)
      expect(p.can('aanwezigheid.registreren'), role).toBe(false)
      expect(p.can('aanwezigheid.bekijken'), role).toBe(true)
    }
  })

  it('passes the context on (R18: old lists only for seniors and managers)', () => {
    const ctx = { listDate: '2026-11-01', today: '2026-12-01' }
    expect(permissionsFor({ role: 'groepsmedewerker', locationIds: ['l'] }, goverwellePc).can('lijst.ontgrendelen', ctx)).toBe(false)
    expect(permissionsFor({ role: 'senior', locationIds: ['l'] }, goverwellePc).can('lijst.ontgrendelen', ctx)).toBe(true)
  })

  it('covers a location only when both the user and this PC do', () => {
    const manager = permissionsFor({ role: 'manager', locationIds: ['loc-goverwelle', 'loc-bloemendaal'] }, goverwellePc)
    expect(manager.covers('loc-goverwelle')).toBe(true)
    expect(manager.covers('loc-bloemendaal')).toBe(false)
    const service = permissionsFor({ role: 'klantenservice', locationIds: [] }, goverwellePc)
    expect(service.covers('loc-goverwelle')).toBe(true)
    expect(service.covers('loc-triangel')).toBe(false)
    const central = permissionsFor({ role: 'klantenservice', locationIds: [] }, { locationIds: 'all' })
    expect(central.covers('loc-triangel')).toBe(true)
    const elsewhere = permissionsFor({ role: 'groepsmedewerker', locationIds: ['loc-triangel'] }, { locationIds: 'all' })
    expect(elsewhere.covers('loc-goverwelle')).toBe(false)
    expect(permissionsFor({ role: 'planner', locationIds: [] }, null).covers('loc-goverwelle')).toBe(false)
  })

  it('leaves only looking on a revoked PC', () => {
    const p = permissionsFor({ role: 'manager', locationIds: ['loc-goverwelle'] }, goverwellePc, { revoked: true })
    expect(p.can('aanwezigheid.registreren')).toBe(false)
    expect(p.can('tegoed.toevoegen')).toBe(false)
    expect(p.can('aanwezigheid.bekijken')).toBe(true)
    expect(p.covers('loc-goverwelle')).toBe(true)
  })

  it('reads a device registration for all locations', () => {
    expect(deviceCovers({ locationIds: 'all' }, 'x')).toBe(true)
    expect(deviceCovers({ locationIds: ['a'] }, 'x')).toBe(false)
  })
})
