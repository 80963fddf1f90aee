// The outbox hands each message to one sender, chosen by OUTBOX_SENDER: `eml` writes it as a mail
// file (the default: nothing leaves the machine), `portal` posts it to the parent portal. A sender
// resolves when the message is delivered and throws when it is not (the worker retries it).
import type { OutboxMessage } from './outbox-store'

export type OutboxChannel = 'eml' | 'portal'

export interface OutboxSender {
  channel: OutboxChannel
  send(message: OutboxMessage): Promise<void>
}
