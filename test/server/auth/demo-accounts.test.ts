// The demo's staff get accounts with the README's passwords, and the app as main.ts builds it
// signs them in, while /sync/* still answers without a token.
import { expect, it } from 'vitest'
import { demoPasswords, demoStaff } from '../../../shared/demo'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { ensureDemoAccounts } from '../../../server/demo/demo-accounts'
import { insertInBatches } from '../../../server/demo/document-batches'
import { describeOnDatabases } from '../../support/pg-databases'
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
      const manager = await signIn('marieke.jansen', demoPasswords['marieke.jansen']!.password)
      expect(manager.statusCode).toBe(200)
      expect(manager.json()).toMatchObject({ staff: { id: 'marieke.jansen', role: 'manager' } })
      expect((await signIn('vincent.oudmedewerker', demoPasswords['vincent.oudmedewerker']!.password)).statusCode).toBe(403)
      expect((await signIn('marieke.jansen', demoPasswords['anouk.devries']!.password)).statusCode).toBe(401)
      const sync = await app.inject({
        method: 'POST', url: '/sync/staff/pull', headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
        payload: { checkpoint: null, batchSize: 100 },
      })
      expect(sync.statusCode).toBe(200)
    } finally {
      await app.close()
    }
  })
})
