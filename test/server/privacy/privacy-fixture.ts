// One child with a bit of everything (k-weg, at loc-a: parents, medical notes, attendance, an
// absence with its correction, a request, ledger entries, a signed sign-up line with its
// processing, a password request with its delivery, a conflict notice naming it, an outbox
// message) beside a classmate (k-blijft) who shares its attendance day and must keep everything.
import Fastify, { type FastifyInstance } from 'fastify'
import type { ChangeEvent, SyncDoc } from '../../../shared/sync'
import type { Db } from '../../../server/db/db'
import { insertInBatches } from '../../../server/demo/document-batches'
import { registerAuthRoutes } from '../../../server/routes/auth-routes'
import { registerPrivacyRoutes } from '../../../server/privacy/privacy-routes'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { passwordOf } from '../auth/auth-fixture'

export const NOW = new Date('2026-03-02T07:30:00.000Z')
const at = '2026-02-20T08:00:00.000Z'
const fact = { by: 'anouk.devries', device: 'pc-1', at }

/** What must never be found on the server after the deletion. */
export const secrets = {
  childId: 'k-weg',
  firstName: 'Fenna',
  lastName: 'Verhoeven',
  birthDate: '2022-05-17',
  email: 'sanne.verhoeven@example.nl',
  otherEmail: 'bas.verhoeven@example.nl',
  medical: 'pinda-allergie, epipen in tas',
} as const

function child(id: string, firstName: string, lastName: string, birthDate: string, email: string): SyncDoc {
  const family = lastName
  return {
    id, firstName, lastName, birthDate, taxi: false, locationIds: ['loc-a'],
    medical: { allergies: ['pinda'], notes: id === secrets.childId ? secrets.medical : 'geen' },
    collectors: [{ name: `Oma ${family}`, relation: 'oma', phone: '0612345678' }],
    parents: [
      { rank: 1, name: id === secrets.childId ? `Sanne ${family}` : `Eva ${family}`, phones: ['0687654321'], emails: [email], signInEmail: email },
      { rank: 2, name: `Bas ${family}`, phones: ['0611111111'], emails: [id === secrets.childId ? secrets.otherEmail : 'ouder2@example.nl'] },
    ],
    placements: [{ id: `p-${id}`, groupId: 'g-1', locationId: 'loc-a', careType: 'KDV', contract: 'standaard', weekdays: [1, 2], dayParts: ['ochtend'], start: '2024-01-01' }],
    updatedAt: at, _deleted: false,
  }
}

const entry = (childId: string) => ({ childId, checkIn: '2026-02-16T07:45:00.000Z', unplanned: false, wentHome: false, ...fact, rev: 1 })
const absenceId = `2026-02-17:${secrets.childId}:ochtend`
const lineId = 'line-1'
const passwordFactId = 'wachtwoord-1'

export const fixtureDocs: Record<string, SyncDoc[]> = {
  children: [
    child(secrets.childId, secrets.firstName, secrets.lastName, secrets.birthDate, secrets.email),
    child('k-blijft', 'Daan', 'Smit', '2022-09-01', 'ouders.smit@example.nl'),
  ],
  attendance: [
    { id: '2026-02-16:g-1', date: '2026-02-16', groupId: 'g-1', locationId: 'loc-a', entries: [entry(secrets.childId), entry('k-blijft')], updatedAt: at, _deleted: false },
    { id: '2026-02-17:g-1', date: '2026-02-17', groupId: 'g-1', locationId: 'loc-a', entries: [entry('k-blijft')], updatedAt: at, _deleted: false },
  ],
  absences: [{
    id: absenceId, childId: secrets.childId, groupId: 'g-1', locationId: 'loc-a', careType: 'KDV', date: '2026-02-17', dayPart: 'ochtend',
    reason: { code: 'ziek', note: 'koorts' }, reportedAt: at, reportedVia: 'ouder', ...fact, _deleted: false,
  }],
  requests: [{
    id: 'req-1', childId: secrets.childId, groupId: 'g-1', locationId: 'loc-a', careType: 'KDV', contract: 'standaard', date: '2026-03-10', dayPart: 'ochtend',
    kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'ouder', status: 'goedgekeurd',
    decisions: [{ status: 'goedgekeurd', ...fact, reason: 'plek vrij' }], ...fact, updatedAt: at, _deleted: false,
  }],
  ledger: [{
    id: `opgebouwd:${absenceId}`, childId: secrets.childId, locationId: 'loc-a', unit: 'ruiluren', careType: 'KDV', kind: 'opgebouwd',
    amount: 5.5, date: '2026-02-17', validUntil: '2026-06-17', sourceId: absenceId, ...fact, _deleted: false,
  }],
  signuplines: [{
    id: lineId, sheetId: 'loc-a:2026-03-04', locationId: 'loc-a', date: '2026-03-04', childId: secrets.childId, dayPart: 'hele dag',
    parentName: 'Sanne Verhoeven', signature: { width: 100, height: 40, strokes: [{ points: [[1, 2, 0, 0.5], [3, 4, 16, 0.6]] }] },
    signedAt: at, billing: 'factuur', ...fact, _deleted: false,
  }],
  journal: [
    { id: `correctie:${absenceId}`, kind: 'correctie', locationId: 'loc-a', targetId: absenceId, date: '2026-02-17', groupId: 'g-1', reason: 'verkeerde dag', ...fact, _deleted: false },
    { id: `correctie:2026-02-16:g-1:${secrets.childId}:1`, kind: 'correctie', locationId: 'loc-a', targetId: `2026-02-16:g-1:${secrets.childId}`, date: '2026-02-16', groupId: 'g-1', reason: 'tijd fout', data: { original: entry(secrets.childId) }, ...fact, _deleted: false },
    { id: `verwerking:${lineId}`, kind: 'verwerkt', locationId: 'loc-a', targetId: lineId, data: { billing: 'factuur' }, ...fact, _deleted: false },
    { id: passwordFactId, kind: 'wachtwoord', locationId: 'loc-a', targetId: secrets.childId, data: { parentRank: 1 }, ...fact, _deleted: false },
    { id: `verzonden:${passwordFactId}`, kind: 'verzonden', locationId: 'loc-a', targetId: passwordFactId, data: { channel: 'eml', deliveredAt: at }, by: 'systeem', device: 'server', at, _deleted: false },
    // Not about the child: an unlocked list of the shared day stays.
    { id: 'ontgrendeld:2026-02-16:g-1', kind: 'ontgrendeld', locationId: 'loc-a', targetId: '2026-02-16:g-1', date: '2026-02-16', groupId: 'g-1', ...fact, _deleted: false },
  ],
  notices: [
    {
      id: 'conflict:pc-1:x', deviceId: 'pc-1', userId: 'anouk.devries', locationId: 'loc-a', kind: 'conflict', collectionName: 'attendance', docId: '2026-02-16:g-1',
      code: 'conflict-verloren', message: `Je wijziging van ${secrets.firstName} ${secrets.lastName} is vervangen`, localChange: entry(secrets.childId), at, _deleted: false,
    },
    {
      id: 'conflict:pc-1:y', deviceId: 'pc-1', userId: 'anouk.devries', locationId: 'loc-a', kind: 'conflict', collectionName: 'attendance', docId: '2026-02-16:g-1',
      code: 'conflict-verloren', message: 'Je wijziging van Daan Smit is vervangen', localChange: entry('k-blijft'), at, _deleted: false,
    },
  ],
}

export async function seedFixture(db: Db): Promise<void> {
  await db.exec('TRUNCATE privacy_log, outbox')
  await insertInBatches(db, fixtureDocs, { author: 'test', device: null, clientTime: null })
  await db.query(
    `INSERT INTO outbox (kind, child_id, parent_rank, recipient, payload, status, source_id)
     VALUES ('wachtwoord', $1, 1, $2, $3::jsonb, 'verzonden', $4), ('wachtwoord', 'k-blijft', 1, 'ouders.smit@example.nl', '{}'::jsonb, 'wachtend', 'ander-feit')`,
    [secrets.childId, secrets.email, JSON.stringify({ subject: 'Nieuw wachtwoord', text: `Beste ${secrets.firstName}` }), passwordFactId],
  )
}

export interface PrivacyServer {
  app: FastifyInstance
  events: ChangeEvent[]
  signIn(staffId: string): Promise<string>
}

export async function privacyServer(db: Db): Promise<PrivacyServer> {
  const bus = createLocalChangeBus()
  const events: ChangeEvent[] = []
  bus.subscribe((e) => events.push(e))
  const app = Fastify()
  registerAuthRoutes(app, { db, now: () => NOW })
  registerPrivacyRoutes(app, { db, publisher: createOrderedPublisher(bus), now: () => NOW, config: { hashKey: null } })
  await app.ready()
  return {
    app, events,
    async signIn(staffId) {
      const res = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password: passwordOf(staffId) } })
      if (res.statusCode !== 200) throw new Error(`sign-in of ${staffId} failed: ${res.body}`)
      return (res.json() as { token: string }).token
    },
  }
}
