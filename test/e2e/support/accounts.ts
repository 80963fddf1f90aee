// Demo staff for end-to-end runs (shared/demo/staff.ts: every account's password is `demo-<first
// part of its id>`, PIN 4 digits), and the server's own staff API for what a manager does elsewhere.
import { demoPasswords, demoStaff } from '../../../shared/demo/staff'
import type { Role } from '../../../shared/domain'

export interface DemoUser {
  id: string
  name: string
  role: Role
  locationIds: string[]
  password: string
  pin: string
}

export function demoUser(id: string): DemoUser {
  const staff = demoStaff.find((s) => s.id === id)
  const secrets = demoPasswords[id]
  if (!staff || !secrets) throw new Error(`no demo account ${id}`)
  return { id, name: staff.name, role: staff.role, locationIds: [...staff.locationIds], ...secrets }
}

/** POST /auth/sign-in straight to the server, as a manager's browser or tool would. */
export async function serverToken(serverUrl: string, user: DemoUser): Promise<string> {
  const response = await fetch(`${serverUrl}/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ staffId: user.id, password: user.password }),
  })
  if (!response.ok) throw new Error(`sign-in of ${user.id} on the server: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** A manager deactivates a staff account of their location (PATCH /staff/:id). */
export async function deactivateStaff(serverUrl: string, manager: DemoUser, staffId: string): Promise<void> {
  const token = await serverToken(serverUrl, manager)
  const response = await fetch(`${serverUrl}/staff/${encodeURIComponent(staffId)}`, {
    method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ active: false }),
  })
  if (!response.ok) throw new Error(`deactivating ${staffId}: ${response.status} ${await response.text()}`)
}

/** A manager revokes the PC registered under `pcName` (GET /devices, POST /devices/:id/revoke). */
export async function revokePc(serverUrl: string, manager: DemoUser, pcName: string): Promise<void> {
  const token = await serverToken(serverUrl, manager)
  const headers = { authorization: `Bearer ${token}` }
  const list = await fetch(`${serverUrl}/devices`, { headers })
  if (!list.ok) throw new Error(`listing PCs: ${list.status} ${await list.text()}`)
  const device = ((await list.json()) as { deviceId: string; name: string }[]).find((d) => d.name === pcName)
  if (!device) throw new Error(`no PC named ${pcName}`)
  const response = await fetch(`${serverUrl}/devices/${encodeURIComponent(device.deviceId)}/revoke`, { method: 'POST', headers })
  if (!response.ok) throw new Error(`revoking ${pcName}: ${response.status} ${await response.text()}`)
}
