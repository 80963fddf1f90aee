// The bridge contract's methods mapped to service calls. Both transports (Electron IPC and the PC
// host's WebSocket) serve this one map, so they cannot drift apart; the mapped type makes a missing
// or extra method a compile error, and `methodNames` from the contract is checked against it in tests.
//
// The idle lock refuses nothing here, on purpose: replication must go on behind the lock screen (no
// change waits because the screen is locked), a reloaded page needs app.info, sync.status and the
// database key to show the lock screen at all, and registering needs a manager's password anyway.
// What the lock protects is the screen, which the renderer blanks; main keeps the locked state so a
// reload or a second window cannot undo it.
import type { AppInfo, Args, MethodName, Result } from '../../../shared/api/contract'
import type { PdfPrinter } from '../print/pdf-printer'
import type { DeviceService } from './device-registration'
import type { SessionService } from './session-service'
import type { SyncTransport } from './sync-transport'

export type Handlers = { [M in MethodName]: (args: Args<M>) => Promise<Result<M>> }

export const DB_ENCRYPTION_KEY = 'db.encryptionKey'

export interface HandlerDeps {
  transport: SyncTransport
  device: Pick<DeviceService, 'current' | 'register'>
  session: SessionService
  /** This PC's own id, used until a registration gives it the server's. */
  localDeviceId: string
  version: string
  shell: AppInfo['shell']
  locale: AppInfo['locale']
  idleLockMs: number
  /** The secret under a name, generated on first use (see secretGenerator). */
  secret: (name: string) => Promise<string>
  /** print.pdf: Electron's printToPDF, or the PC host's Chromium. */
  pdf: PdfPrinter
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.info': async () => {
      const device = deps.device.current()
      return {
        version: deps.version, deviceId: device?.deviceId ?? deps.localDeviceId, device,
        idleLockMs: deps.idleLockMs, shell: deps.shell, locale: deps.locale,
      }
    },
    'sync.pull': (args) => args.window
      ? deps.transport.pull(args.collection, args.checkpoint, args.batchSize, args.window)
      : deps.transport.pull(args.collection, args.checkpoint, args.batchSize),
    'sync.push': (args) => deps.transport.push(args.collection, args.rows),
    'sync.status': async () => deps.transport.status(),
    'db.encryptionKey': async () => ({ key: await deps.secret(DB_ENCRYPTION_KEY) }),
    'device.register': async (args) => {
      const registered = await deps.device.register(args)
      // Now there is a token to sync with.
      deps.transport.startEvents()
      return registered
    },
    'session.current': async () => deps.session.current(),
    'session.signIn': (args) => deps.session.signIn(args),
    'session.switch': (args) => deps.session.switchTo(args),
    'session.lock': () => deps.session.lock(),
    'session.signOut': () => deps.session.signOut(),
    'session.signing.enter': (args) => deps.session.enterSigning(args),
    'session.signing.signed': () => deps.session.signed(),
    'session.signing.leave': (args) => deps.session.leaveSigning(args),
    'print.pdf': (args) => deps.pdf.print(args),
  }
}
