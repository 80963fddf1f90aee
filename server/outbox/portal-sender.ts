// OUTBOX_SENDER=portal: each message is POSTed as JSON to OUTBOX_PORTAL_URL with the portal's token
// (PORTAL_TOKEN), and the portal mails or shows it to the parent itself. Any answer but 2xx, or no
// answer within the timeout, is a failed attempt (retried by the worker).
import type { OutboxSender } from './sender'

export function createPortalSender(a: { url: string; token: string; timeoutMs?: number; fetch?: typeof fetch }): OutboxSender {
  const post = a.fetch ?? fetch
  return {
    channel: 'portal',
    async send(message) {
      const response = await post(a.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          id: message.id, kind: message.kind, childId: message.childId, parentRank: message.parentRank, recipient: message.recipient,
          subject: message.payload.subject, text: message.payload.text,
          ...(message.payload.requestId !== undefined ? { requestId: message.payload.requestId, status: message.payload.status } : {}),
        }),
        signal: AbortSignal.timeout(a.timeoutMs ?? 15_000),
      })
      if (!response.ok) throw new Error(`parent portal answered ${response.status}`)
    },
  }
}
