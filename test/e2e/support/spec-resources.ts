// What one end-to-end spec opens — temp folders, PCs, TCP proxies — kept in one place and closed
// together in its afterAll (PCs first, then proxies, then folders), so no spec repeats the bookkeeping
// and none leaves a Chromium or a folder behind when a test fails halfway.
import { rm } from 'node:fs/promises'
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy'
import type { DemoUser } from './accounts'
import { ready } from './attendance-steps'
import { registerPc, signIn } from './session-steps'
import { closePc, openPc, tempDir, type OpenPcOptions, type TestPc } from './stack'

export interface SpecResources {
  dir(prefix: string): Promise<string>
  /** A PC with fresh data and profile folders (unless given), closed with the rest. */
  openPc(options: Omit<OpenPcOptions, 'dataDir' | 'profileDir'> & Partial<Pick<OpenPcOptions, 'dataDir' | 'profileDir'>>): Promise<TestPc>
  /** A TCP proxy in front of the server's port: the PC's connection, to be cut and restored. */
  proxy(serverPort: number): Promise<TcpProxy>
  /** Closes one PC now (a restart: reopen it with the same folders). */
  closePc(pc: TestPc): Promise<void>
  closeAll(): Promise<void>
}

export function specResources(): SpecResources {
  const dirs: string[] = []
  const pcs: TestPc[] = []
  const proxies: TcpProxy[] = []
  const resources: SpecResources = {
    async dir(prefix) {
      const d = await tempDir(prefix)
      dirs.push(d)
      return d
    },
    async openPc(options) {
      const pc = await openPc({
        ...options,
        dataDir: options.dataDir ?? await resources.dir('pc'),
        profileDir: options.profileDir ?? await resources.dir('profile'),
      })
      pcs.push(pc)
      return pc
    },
    async proxy(serverPort) {
      const proxy = await startTcpProxy({ host: '127.0.0.1', port: serverPort })
      proxies.push(proxy)
      return proxy
    },
    async closePc(pc) {
      pcs.splice(pcs.indexOf(pc), 1)
      await closePc(pc)
    },
    async closeAll() {
      for (const pc of pcs.splice(0)) await closePc(pc).catch(() => undefined)
      for (const proxy of proxies.splice(0)) await proxy.close().catch(() => undefined)
      for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
    },
  }
  return resources
}

/** A PC behind its own TCP proxy, registered by `manager`, with `user` signed in and the first sync done. */
export async function connectedPc(
  resources: SpecResources, serverPort: number, who: { manager: DemoUser; user: DemoUser; pcName: string },
  options: Pick<OpenPcOptions, 'clock' | 'idleLockMs'> = {},
): Promise<{ pc: TestPc; proxy: TcpProxy }> {
  const proxy = await resources.proxy(serverPort)
  const pc = await resources.openPc({ ...options, serverUrl: proxy.url })
  await registerPc(pc.page, who.manager, who.pcName)
  await signIn(pc.page, who.user)
  await ready(pc.page)
  return { pc, proxy }
}
