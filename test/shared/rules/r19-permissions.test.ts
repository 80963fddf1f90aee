import { describe, expect, it } from 'vitest'
import { actions, can, deviceInScope, inScope, permissionMatrix, type Action } from '../../../shared/rules'
import { roles } from '../../../shared/domain/enums'

const who = (action: Action) => roles.filter((role) => can(role, action))

describe('R19 permissions and location scope', () => {
  it.each([
    ['aanvraag.beslissen', ['groepsmedewerker', 'senior', 'manager']],
    ['aanvraag.beslissen.qflexibel', ['planner']],
    ['tegoed.toevoegen', ['senior', 'manager', 'klantenservice']],
    ['flextegoed.ophogen', ['klantenservice']],
    ['lijst.ontgrendelen', ['groepsmedewerker', 'senior', 'manager']],
    ['lijst.ontgrendelen.oud', ['senior', 'manager']],
    ['studiedag.beheren', ['manager', 'klantenservice']],
    ['intekenregel.verwerken', ['klantenservice']],
    ['medewerker.beheren', ['manager']],
    ['pc.registreren', ['manager', 'klantenservice']],
    ['pc.intrekken', ['manager', 'klantenservice']],
    ['aanvraag.indienen', ['groepsmedewerker', 'senior', 'manager', 'klantenservice', 'planner']],
  ] as const)('%s: %j', (action, expected) => {
    expect(who(action)).toEqual(expected)
  })

  it('a Qflexibel request is decided only by the planner (R11)', () => {
    expect(roles.filter((role) => can(role, 'aanvraag.beslissen', { contract: 'qflexibel' }))).toEqual(['planner'])
    expect(roles.filter((role) => can(role, 'aanvraag.beslissen', { contract: 'standaard' }))).toEqual(['groepsmedewerker', 'senior', 'manager'])
  })

  it('unlocking an old list narrows to senior and manager (R18), also for a malformed date', () => {
    expect(roles.filter((role) => can(role, 'lijst.ontgrendelen', { listDate: '2026-11-01', today: '2026-11-23' }))).toEqual(['senior', 'manager'])
    expect(roles.filter((role) => can(role, 'lijst.ontgrendelen', { listDate: 'gisteren', today: '2026-11-23' }))).toEqual(['senior', 'manager'])
  })

  it('the matrix is data: every action lists known roles and at least one', () => {
    expect(actions.length).toBe(Object.keys(permissionMatrix).length)
    for (const action of actions) {
      expect(permissionMatrix[action].length).toBeGreaterThan(0)
      for (const role of permissionMatrix[action]) expect(roles).toContain(role)
    }
  })

  it('location staff reach only their own locations; klantenservice and planner all', () => {
    expect(inScope({ role: 'groepsmedewerker', locationIds: ['loc-1'] }, 'loc-1')).toBe(true)
    expect(inScope({ role: 'manager', locationIds: ['loc-1', 'loc-2'] }, 'loc-3')).toBe(false)
    expect(inScope({ role: 'senior', locationIds: [] }, 'loc-1')).toBe(false)
    expect(inScope({ role: 'klantenservice', locationIds: [] }, 'loc-9')).toBe(true)
    // A PC: its registered locations, or all of them for a central PC.
    expect(deviceInScope(['loc-1', 'loc-2'], 'loc-2')).toBe(true)
    expect(deviceInScope(['loc-1'], 'loc-2')).toBe(false)
    expect(deviceInScope('all', 'loc-9')).toBe(true)
    expect(inScope({ role: 'planner', locationIds: [] }, 'loc-9')).toBe(true)
  })
})
