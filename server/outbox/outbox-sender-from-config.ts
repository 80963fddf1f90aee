// The sender OUTBOX_SENDER names (outbox-config.ts).
import { createEmlSender } from './eml-sender'
import type { OutboxSenderConfig } from './outbox-config'
import { createPortalSender } from './portal-sender'
import type { OutboxSender } from './sender'

export function senderFromConfig(config: OutboxSenderConfig): OutboxSender {
  return config.kind === 'eml' ? createEmlSender(config) : createPortalSender(config)
}
