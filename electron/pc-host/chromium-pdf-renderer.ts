// The PC host's stand-in for Electron's printToPDF (DESIGN §3): the same HTML rendered by the Chromium
// Playwright drives, with the same policy as the Electron window (electron/main/print/print-policy.ts):
// JavaScript off, the document served under a one-time address, every other request aborted, A4.
// A browser is started per print and closed after it: printing is rare, and nothing lingers.
import { randomBytes } from 'node:crypto'
import { chromium, type LaunchOptions } from '@playwright/test'
import type { PdfRenderer } from '../main/print/pdf-printer'
import { printDocumentUrl, printResponseHeaders } from '../main/print/print-policy'
import { chromiumLaunchOptions } from '../../test/e2e/support/chromium'

export function createChromiumPdfRenderer(launchOptions: LaunchOptions = chromiumLaunchOptions()): PdfRenderer {
  return async (html) => {
    const browser = await chromium.launch({ ...launchOptions, headless: true })
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' })
      const url = printDocumentUrl(randomBytes(16).toString('hex'))
      await context.route('**/*', (route) => (route.request().url() === url
        ? route.fulfill({ status: 200, headers: printResponseHeaders(), body: html })
        : route.abort('blockedbyclient')))
      const page = await context.newPage()
      await page.goto(url, { waitUntil: 'load' })
      return await page.pdf({ format: 'A4', printBackground: true })
    } finally {
      await browser.close()
    }
  }
}
