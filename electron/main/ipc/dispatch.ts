// One entry for every call from outside main (IPC or the PC host's WebSocket): known method,
// valid arguments, then the handler; failures become the contract's BridgeError.
import type { BridgeError } from '../../../shared/api/contract'
import { PrintError } from '../print/print-error'
import type { Handlers } from '../services/handlers'
import { SessionError } from '../services/session-error'
import { SigningError } from '../services/signing-error'
import { TransportError } from '../services/transport-error'
import { isMethodName, type InvokeEnvelope } from './channels'
import { validateArgs } from './validate'

export type Dispatch = (method: unknown, args: unknown) => Promise<InvokeEnvelope>

export function createDispatcher(handlers: Handlers): Dispatch {
  return async (method, args) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'bridge.unknown-method', message: `unknown method ${describeMethod(method)}` } }
    const invalid = validateArgs(method, args)
    if (invalid) return { ok: false, error: invalid }
    try {
      // validateArgs has checked `args` against this method's schema.
      const handler = handlers[method] as (args: unknown) => Promise<unknown>
      return { ok: true, result: await handler(args) }
    } catch (error) {
      return { ok: false, error: toBridgeError(error) }
    }
  }
}

/**
 * The name as the caller sent it, for the refusal. String(value) throws on an object whose toString is
 * not a function ({"toString":0} from the PC host's WebSocket), which escaped the envelope; and a long
 * name is cut, so the answer stays small.
 */
function describeMethod(method: unknown): string {
  return typeof method === 'string' ? JSON.stringify(method.slice(0, 100)) : `(${method === null ? 'null' : typeof method})`
}

export function toBridgeError(error: unknown): BridgeError {
  if (error instanceof TransportError || error instanceof SessionError || error instanceof SigningError || error instanceof PrintError) {
    return { code: error.code, message: error.message }
  }
  // An unforeseen failure's own text can name files, SQL or data: it goes to the log (scrubbed), staff
  // read a plain Dutch sentence (the renderer translates the code for English).
  console.error('bridge handler failed', error)
  return { code: 'bridge.internal', message: 'Er ging iets mis op deze pc; probeer het opnieuw. De details staan in het logbestand.' }
}
