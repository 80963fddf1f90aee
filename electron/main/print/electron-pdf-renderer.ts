// The Electron side of print.pdf: the document is shown in a hidden, sandboxed window without a
// preload and with JavaScript off, in a session of its own (print-policy.ts) whose protocol handlers
// answer exactly one request, the document, and refuse every other (http, https, file): no network,
// no local files. webContents.printToPDF makes the A4 PDF; the window is destroyed after each print.
import { randomBytes } from 'node:crypto'
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron'
import { secureWebPreferences } from '../security/harden'
import type { PdfRenderer } from './pdf-printer'
import { printDocumentUrl, printResponseHeaders } from './print-policy'

/** In memory (no `persist:` prefix): nothing a print loads outlives the app. */
export const PRINT_PARTITION = 'locatiedesk-print'

const PRINT_TIMEOUT_MS = 60_000

interface PrintWindow {
  loadURL(url: string): Promise<void>
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Buffer> }
  destroy(): void
  isDestroyed(): boolean
}

export interface ElectronPrintDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow
  /** session.fromPartition */
  fromPartition(partition: string): Pick<Session, 'protocol' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>
}

export function createElectronPdfRenderer(deps: ElectronPrintDeps): PdfRenderer {
  const documents = new Map<string, string>()
  let prepared = false

  // Once per app run (protocol handlers can be registered once per scheme and session).
  function prepareSession(): void {
    if (prepared) return
    const session = deps.fromPartition(PRINT_PARTITION)
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.setPermissionCheckHandler(() => false)
    session.protocol.handle('https', (request) => {
      const html = documentFor(request.url)
      return html === undefined ? new Response(null, { status: 404 }) : new Response(html, { headers: printResponseHeaders() })
    })
    for (const scheme of ['http', 'file']) session.protocol.handle(scheme, () => new Response(null, { status: 404 }))
    prepared = true
  }

  function documentFor(url: string): string | undefined {
    for (const [token, html] of documents) if (url === printDocumentUrl(token)) return html
    return undefined
  }

  return async (html) => {
    prepareSession()
    const token = randomBytes(16).toString('hex')
    documents.set(token, html)
    const window = new deps.BrowserWindow({
      show: false,
      // A4 at 96 dpi, so that a layout measured on screen matches the page.
      width: 794,
      height: 1123,
      webPreferences: { ...secureWebPreferences(), partition: PRINT_PARTITION, javascript: false, images: true },
    })
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('de weergave duurde te lang')), PRINT_TIMEOUT_MS)
      })
      await Promise.race([window.loadURL(printDocumentUrl(token)), timeout])
      return await Promise.race([window.webContents.printToPDF({ pageSize: 'A4', printBackground: true }), timeout])
    } finally {
      clearTimeout(timer)
      documents.delete(token)
      if (!window.isDestroyed()) window.destroy()
    }
  }
}
