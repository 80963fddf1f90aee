// One simulated PC's main-process services (createServices, as Electron and the PC host run them),
// called through the dispatcher as the bridge calls them, with every answer and event recorded so
// a test can prove that no token or verifier ever crosses the bridge.
import { join } from 'node:path'
import type { BridgeEvents, EventName, SessionState } from '../../../shared/api/contract'
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc/dispatch'
import type { InvokeEnvelope } from '../../../electron/main/ipc/channels'
import { createServices, type Services, type ServicesOptions } from '../../../electron/main/services/create-services'
import { createDevFileSecretStore } from '../../../electron/main/services/secret-store'

export interface TestPc {
  services: Services
  dataDir: string
  /** Every answer and event that crossed the bridge, as JSON text. */
  crossed: string[]
  events: { event: EventName; payload: unknown }[]
  call(method: string, args?: unknown): Promise<InvokeEnvelope>
  /** The result of a call that must succeed. */
  ok<T = unknown>(method: string, args?: unknown): Promise<T>
  /** The BridgeError code of a call that must fail. */
  refused(method: string, args?: unknown): Promise<{ code: string; message: string }>
  session(): Promise<SessionState>
  eventsOf<E extends EventName>(event: E): BridgeEvents[E][]
  close(): void
}

export const cheapScrypt = { N: 1024, r: 8, p: 1 }

export async function openTestPc(
  serverUrl: string, root: string, name: string, overrides: Partial<ServicesOptions> = {},
): Promise<TestPc> {
  const dataDir = join(root, name)
  const services = await createServices({
    serverUrl, dataDir, secrets: createDevFileSecretStore(dataDir), shell: 'pc-host', version: '0.0.0-test', locale: 'nl',
    transport: { retryBackoff: { baseMs: 5, maxMs: 20 }, streamBackoff: { baseMs: 50, maxMs: 200 }, attempts: 2, statusThrottleMs: 0 },
    scryptCost: cheapScrypt, accountTimeoutMs: 2_000,
    // No Chromium per test PC: a test of print.pdf brings its own printer.
    pdf: { print: async () => { throw new Error('geen printer in deze test') } },
    ...overrides,
  })
  const dispatch: Dispatch = createDispatcher(services.handlers)
  const crossed: string[] = []
  const events: { event: EventName; payload: unknown }[] = []
  services.events.subscribe((message) => {
    events.push(message)
    crossed.push(JSON.stringify(message))
  })
  async function call(method: string, args: unknown = {}): Promise<InvokeEnvelope> {
    const answer = await dispatch(method, args)
    crossed.push(JSON.stringify(answer))
    return answer
  }
  return {
    services, dataDir, crossed, events, call,
    async ok<T>(method: string, args?: unknown) {
      const answer = await call(method, args)
      if (!answer.ok) throw new Error(`${method} failed: ${answer.error.code} ${answer.error.message}`)
      return answer.result as T
    },
    async refused(method, args) {
      const answer = await call(method, args)
      if (answer.ok) throw new Error(`${method} succeeded, expected a refusal: ${JSON.stringify(answer.result)}`)
      return answer.error
    },
    session: () => call('session.current').then((a) => (a.ok ? a.result as SessionState : Promise.reject(new Error(a.error.code)))),
    eventsOf: <E extends EventName>(event: E) => events.filter((e) => e.event === event).map((e) => e.payload as BridgeEvents[E]),
    close: () => services.close(),
  }
}
