// Demo staff accounts for every role (SPEC §7), listed in the README. Fixed, not seeded. Passwords
// and PINs are in a separate export so that they can never end up in a replicated Staff record.
import type { Role } from '../domain/enums'
import type { Staff } from '../domain/types'
import { demoLocationIds } from './organisation'

/** The moment the demo accounts were made: staff documents need an `updatedAt`, and it must not depend on `today`. */
const createdAt = '2025-08-01T06:00:00.000Z'

const [goverwelle, bloemendaal, triangel, weegje, rijnstroom, boskoop] = demoLocationIds as [string, string, string, string, string, string]

function account(id: string, name: string, role: Role, locationIds: readonly string[], active = true): Staff {
  return { id, name, role, locationIds: [...locationIds], active, updatedAt: createdAt }
}

export const demoStaff: readonly Staff[] = [
  // Goverwelle
  account('anouk.devries', 'Anouk de Vries', 'groepsmedewerker', [goverwelle]),
  account('sem.bakker', 'Sem Bakker', 'groepsmedewerker', [goverwelle]),
  account('fatima.elamrani', 'Fatima El Amrani', 'senior', [goverwelle]),
  // Bloemendaal
  account('lotte.visser', 'Lotte Visser', 'groepsmedewerker', [bloemendaal]),
  account('ruben.smit', 'Ruben Smit', 'senior', [bloemendaal]),
  // Triangel
  account('iris.mulder', 'Iris Mulder', 'groepsmedewerker', [triangel]),
  account('naima.boukhari', 'Naima Boukhari', 'groepsmedewerker', [triangel]),
  account('joost.degroot', 'Joost de Groot', 'senior', [triangel]),
  // Weegje
  account('femke.hoekstra', 'Femke Hoekstra', 'groepsmedewerker', [weegje]),
  account('karin.verkerk', 'Karin Verkerk', 'senior', [weegje]),
  // Rijnstroom
  account('bas.vanrijn', 'Bas van Rijn', 'groepsmedewerker', [rijnstroom]),
  account('eline.prins', 'Eline Prins', 'groepsmedewerker', [rijnstroom]),
  account('mirjam.kok', 'Mirjam Kok', 'senior', [rijnstroom]),
  // Boskoop
  account('tim.vanvliet', 'Tim van Vliet', 'groepsmedewerker', [boskoop]),
  account('sanne.goudriaan', 'Sanne Goudriaan', 'senior', [boskoop]),
  // Managers: each runs two locations.
  account('marieke.jansen', 'Marieke Jansen', 'manager', [goverwelle, bloemendaal]),
  account('dennis.hoogendoorn', 'Dennis Hoogendoorn', 'manager', [triangel, weegje]),
  account('esther.vanleeuwen', 'Esther van Leeuwen', 'manager', [rijnstroom, boskoop]),
  // Organisation-wide (R19: all locations).
  account('linda.klantenservice', 'Linda Meijer', 'klantenservice', demoLocationIds),
  account('youssef.klantenservice', 'Youssef Karim', 'klantenservice', demoLocationIds),
  account('petra.planner', 'Petra Brouwer', 'planner', demoLocationIds),
  // Left the organisation: the account exists but cannot sign in.
  account('vincent.oudmedewerker', 'Vincent Dekker', 'groepsmedewerker', [goverwelle], false),
]

export interface DemoCredentials {
  /** Online sign-in (F1). */
  password: string
  /** Quick switch between staff already signed in today on a PC (F1). */
  pin: string
}

/** Demo only, documented in the README: every account's password is `demo-` + its id's first part, its PIN 4 digits. */
export const demoPasswords: Readonly<Record<string, DemoCredentials>> = Object.fromEntries(
  demoStaff.map((s, i) => [s.id, { password: `demo-${s.id.split('.')[0] ?? s.id}`, pin: String(1001 + i * 111).slice(-4) }]),
)

/** The staff who work on a location's groups (they check children in, take absence reports). */
export function groupStaffOf(locationId: string): Staff[] {
  return demoStaff.filter((s) => s.active && s.locationIds.includes(locationId) && (s.role === 'groepsmedewerker' || s.role === 'senior'))
}

/** Who may unlock old lists, give manual credit and close sheets at a location. */
export function seniorsOf(locationId: string): Staff[] {
  return demoStaff.filter((s) => s.active && s.locationIds.includes(locationId) && (s.role === 'senior' || s.role === 'manager'))
}

export function staffWithRole(role: Role): Staff[] {
  return demoStaff.filter((s) => s.active && s.role === role)
}
