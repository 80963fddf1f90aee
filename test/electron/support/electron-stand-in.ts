// A stand-in for the `electron` module, so the BUILT main bundle (out/main/index.js) can run in
// Node: it records what main asks of Electron (window options, handlers, session hooks) for the
// test to inspect and call. Only the surface main uses is here.
type Listener = (...args: unknown[]) => unknown

export class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
}

export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; payload: unknown }[] = []
  readonly printed: unknown[] = []
  /** What the page showed (the body of its document), for printToPDF's stand-in output. */
  shown = ''
  async printToPDF(options: unknown): Promise<Buffer> {
    this.printed.push(options)
    return Buffer.from(`%PDF-1.7 stand-in\n${this.shown}`)
  }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
}

export class FakeBrowserWindow extends Emitter {
  static readonly instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly loaded: string[] = []
  /** Responses the window's session gave for the URLs it loaded (partitioned windows only). */
  readonly served: { url: string; status: number; headers: Record<string, string>; body: string }[] = []
  destroyed = false
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  async loadFile(file: string): Promise<void> {
    this.loaded.push(`file:${file}`)
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    // Like Chromium, a window with a partition fetches through that session's protocol handlers.
    const partition = this.options.webPreferences?.partition
    const protocolHandler = typeof partition === 'string' ? partitions.get(partition)?.protocolHandlers.get(new URL(url).protocol.slice(0, -1)) : undefined
    if (!protocolHandler) return
    const response = await protocolHandler({ url })
    const body = await response.text()
    this.served.push({ url, status: response.status, headers: Object.fromEntries(response.headers), body })
    if (!response.ok) throw new Error(`ERR_FAILED (${response.status}) loading ${url}`)
    this.webContents.shown = body
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
  }
  show(): void {}
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void

class FakeApp extends Emitter {
  userData = ''
  documents = ''
  sandboxEnabled = false
  enableSandbox(): void {
    this.sandboxEnabled = true
  }
  requestSingleInstanceLock(): boolean {
    return true
  }
  quit(): void {}
  whenReady(): Promise<void> {
    return Promise.resolve()
  }
  getPath(name: string): string {
    if (name === 'userData') return this.userData
    if (name === 'documents' && this.documents) return this.documents
    throw new Error(`stand-in has no path ${name}`)
  }
  getVersion(): string {
    return '0.1.0-test'
  }
  getLocale(): string {
    return 'nl-NL'
  }
}

export const app = new FakeApp()
export const BrowserWindow = FakeBrowserWindow
export const powerMonitor = new Emitter()
export const opened: string[] = []
export const shell = {
  openExternal: async (url: string) => {
    opened.push(url)
  },
}

export const handlerCounts = new Map<string, number>()
export const handlers = new Map<string, Listener>()
export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    handlerCounts.set(channel, (handlerCounts.get(channel) ?? 0) + 1)
    handlers.set(channel, listener)
  },
}

export const sessionHooks: {
  headers: HeadersListener | null
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null
  permissionCheck: ((...args: unknown[]) => boolean) | null
} = { headers: null, permissionRequest: null, permissionCheck: null }

type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>

export class FakeSession {
  readonly protocolHandlers = new Map<string, ProtocolHandler>()
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
  permissionCheck: ((...args: unknown[]) => boolean) | null = null
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler) => {
      if (this.protocolHandlers.has(scheme)) throw new Error(`${scheme} is already handled`)
      this.protocolHandlers.set(scheme, handler)
    },
  }
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler
  }
}

/** Sessions made with session.fromPartition, by partition name. */
export const partitions = new Map<string, FakeSession>()

export const session = {
  fromPartition(partition: string): FakeSession {
    const existing = partitions.get(partition)
    if (existing) return existing
    const made = new FakeSession()
    partitions.set(partition, made)
    return made
  },
  defaultSession: {
    webRequest: {
      onHeadersReceived(listener: HeadersListener) {
        sessionHooks.headers = listener
      },
    },
    setPermissionRequestHandler(handler: typeof sessionHooks.permissionRequest) {
      sessionHooks.permissionRequest = handler
    },
    setPermissionCheckHandler(handler: typeof sessionHooks.permissionCheck) {
      sessionHooks.permissionCheck = handler
    },
  },
}

// Reversible and visibly not plain text, like the real thing from the outside.
export const safeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text).toString('hex')}`),
  decryptString: (data: Buffer) => Buffer.from(data.toString().slice(4), 'hex').toString(),
}

// Used by the preload, which the test runs separately with its own stand-in require.
export const contextBridge = { exposeInMainWorld: () => {} }
export const ipcRenderer = {}
