// The demo's staff get accounts with the README's passwords, and the app as main.ts builds it
// signs them in; /sync/* wants a registered PC's token, which a demo manager can register.
import { expect, it } from 'vitest'
import { demoPasswords, demoStaff } from '../../../shared/demo'
import type { RegisterDeviceResponse, SignInResponse } from '../../../shared/api'
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type PullResponse } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { ensureDemoAccounts } from '../../../server/demo/demo-accounts'
import { insertInBatches } from '../../../server/demo/document-batches'
import { describeOnDatabases } from '../../support/pg-databases'
import { syncHeaders } from '../support/devices'
import { cheapScrypt } from './auth-fixture'

describeOnDatabases('demo accounts', (current) => {
  it('creates every demo account once, and the demo staff sign in through the app', async () => {
    const { db } = current()
    await db.exec('TRUNCATE accounts CASCADE')
    await insertInBatches(db, { staff: demoStaff }, { author: 'demo', device: null, clientTime: null })
    expect(await ensureDemoAccounts(db, cheapScrypt)).toEqual({ created: demoStaff.length })
    expect(await ensureDemoAccounts(db, cheapScrypt)).toEqual({ created: 0 })

    const app = buildApp({ db })
    try {
      const signIn = (staffId: string, password: string) => app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password } })
      const managerSignIn = await signIn('marieke.jansen', demoPasswords['marieke.jansen']!.password)
      expect(managerSignIn.statusCode).toBe(200)
      expect(managerSignIn.json()).toMatchObject({ staff: { id: 'marieke.jansen', role: 'manager' } })
      expect((await signIn('vincent.oudmedewerker', demoPasswords['vincent.oudmedewerker']!.password)).statusCode).toBe(403)
      expect((await signIn('marieke.jansen', demoPasswords['anouk.devries']!.password)).statusCode).toBe(401)
      const pull = (headers: Record<string, string>) =>
        app.inject({ method: 'POST', url: '/sync/staff/pull', headers, payload: { checkpoint: null, batchSize: 100 } })
      expect((await pull({ [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) })).statusCode).toBe(401)
      const manager = managerSignIn.json<SignInResponse>()
      const registered = await app.inject({
        method: 'POST', url: '/devices', headers: { authorization: `Bearer ${manager.token}` },
        payload: { name: 'Groepsruimte', locationIds: manager.staff.locationIds },
      })
      expect(registered.statusCode).toBe(201)
      const sync = await pull(syncHeaders(registered.json<RegisterDeviceResponse>().deviceToken))
      expect(sync.statusCode).toBe(200)
      expect(sync.json<PullResponse>().documents.map((d) => d.id)).toContain('marieke.jansen')
    } finally {
      await app.close()
    }
  })
})
