// OUTBOX_SENDER=eml (the default): each message becomes one .eml file in OUTBOX_DIR, named by its
// outbox id, written to a temporary name first and renamed, so whoever collects the folder never
// reads half a message. A message sent again (a lease that ran out) overwrites its own file.
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { emlOf } from './eml-format'
import type { OutboxSender } from './sender'

export function createEmlSender(a: { dir: string; from: string; now?: () => Date }): OutboxSender {
  const now = a.now ?? (() => new Date())
  return {
    channel: 'eml',
    async send(message) {
      await mkdir(a.dir, { recursive: true })
      const name = `${String(message.id).padStart(8, '0')}-${message.kind}.eml`
      const temporary = path.join(a.dir, `.${name}.tmp`)
      await writeFile(temporary, emlOf(message, a.from, now()), 'utf8')
      await rename(temporary, path.join(a.dir, name))
    },
  }
}
