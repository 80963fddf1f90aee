// The journal fact `verzonden` (written by the server only, written-elsewhere.ts): the outbox
// delivered the message of the `wachtwoord` fact `targetId`, so staff see on every PC of the
// location that it went out (F8). One per fact: its id is `verzonden:<fact id>`.
import type { JournalEntry } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { OutboxChannel } from './sender'

export const deliveredFactId = (factId: string): string => `verzonden:${factId}`

export function deliveredFact(a: { factId: string; locationId: string; channel: OutboxChannel; deliveredAt: Date }): SyncDoc & JournalEntry {
  const at = a.deliveredAt.toISOString()
  return {
    id: deliveredFactId(a.factId), kind: 'verzonden', locationId: a.locationId, targetId: a.factId,
    data: { channel: a.channel, deliveredAt: at }, by: 'systeem', device: 'server', at, _deleted: false,
  }
}
