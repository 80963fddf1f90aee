// The bridge contract's methods mapped to service calls. Both transports (Electron IPC and the PC
// host's WebSocket) serve this one map, so they cannot drift apart; the mapped type makes a missing
// or extra method a compile error, and `methodNames` from the contract is checked against it in tests.
import type { AppInfo, Args, MethodName, Result } from '../../../shared/api/contract'
import type { SyncTransport } from './sync-transport'

export type Handlers = { [M in MethodName]: (args: Args<M>) => Promise<Result<M>> }

export const DB_ENCRYPTION_KEY = 'db.encryptionKey'

export interface HandlerDeps {
  transport: SyncTransport
  deviceId: string
  version: string
  shell: AppInfo['shell']
  locale: AppInfo['locale']
  /** The secret under a name, generated on first use (see secretGenerator). */
  secret: (name: string) => Promise<string>
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': async () => ({ version: deps.version, deviceId: deps.deviceId, shell: deps.shell, locale: deps.locale }),
    'sync.pull': (args) => args.window
      ? deps.transport.pull(args.collection, args.checkpoint, args.batchSize, args.window)
      : deps.transport.pull(args.collection, args.checkpoint, args.batchSize),
    'sync.push': (args) => deps.transport.push(args.collection, args.rows),
    'sync.status': async () => deps.transport.status(),
    'db.encryptionKey': async () => ({ key: await deps.secret(DB_ENCRYPTION_KEY) }),
  }
}
