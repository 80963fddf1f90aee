// Who may register, see and revoke which PC (F1, R19). A manager works with PCs of their own
// locations: registers one for a non-empty subset of them, sees and revokes those that touch one of
// them. Customer service works with central PCs: registers only PCs for all locations, and sees and
// revokes every PC (a lost PC must be stoppable even when its manager is away). Everyone else: no.
import type { Staff } from '../../shared/domain'
import { can, inScope } from '../../shared/rules'

export const deviceMessages = {
  notAllowed: 'Je mag geen PC\'s registreren of intrekken',
  notYourLocation: 'Je mag een PC alleen registreren voor je eigen locaties',
  onlyAll: 'Klantenservice registreert alleen centrale PC\'s voor alle locaties',
  notYourDevice: 'Deze PC hoort niet bij jouw locaties',
  notFound: 'PC niet gevonden',
} as const

export type DeviceVerdict = { ok: true } | { ok: false; message: string }

type Actor = Pick<Staff, 'role' | 'locationIds'>

const allowed: DeviceVerdict = { ok: true }
const refuse = (key: keyof typeof deviceMessages): DeviceVerdict => ({ ok: false, message: deviceMessages[key] })

export function mayRegister(actor: Actor, locationIds: readonly string[] | 'all'): DeviceVerdict {
  if (!can(actor.role, 'pc.registreren')) return refuse('notAllowed')
  if (actor.role === 'klantenservice') return locationIds === 'all' ? allowed : refuse('onlyAll')
  // A manager's reach is their own locations: a central PC would reach beyond them.
  if (locationIds === 'all' || !locationIds.every((l) => actor.locationIds.includes(l))) return refuse('notYourLocation')
  return allowed
}

/** The locations whose PCs the actor sees in the list, or null when they may not list PCs at all. */
export function listReach(actor: Actor): readonly string[] | 'all' | null {
  if (!can(actor.role, 'pc.registreren') && !can(actor.role, 'pc.intrekken')) return null
  return actor.role === 'klantenservice' ? 'all' : actor.locationIds
}

export function mayRevoke(actor: Actor, device: { locationIds: readonly string[] | 'all' }): DeviceVerdict {
  if (!can(actor.role, 'pc.intrekken')) return refuse('notAllowed')
  if (actor.role === 'klantenservice') return allowed
  const { locationIds } = device
  if (locationIds === 'all' || !locationIds.some((l) => inScope(actor, l))) return refuse('notYourDevice')
  return allowed
}
