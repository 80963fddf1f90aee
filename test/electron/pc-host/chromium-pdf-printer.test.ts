// print.pdf on the PC host (DESIGN §3's Node stand-in for printToPDF): real Chromium renders the HTML
// to an A4 PDF with the print policy (no scripts, no network), and the printer writes it under a free
// name; bad requests are refused before anything renders.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPdfPrinter, type PdfRenderer } from '../../../electron/main/print/pdf-printer'
import { createChromiumPdfRenderer } from '../../../electron/pc-host/chromium-pdf-renderer'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { pdfText } from '../support/pdf-text'

let dir: string
let outside: Server
let outsideUrl = ''
const outsideRequests: string[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'locatiedesk-pdf-'))
  // Stands for the network: a printed page must not reach it, whatever its HTML asks for.
  outside = createServer((request, response) => {
    outsideRequests.push(request.url ?? '')
    response.end('body{color:red}')
  })
  await new Promise<void>((resolve) => outside.listen(0, '127.0.0.1', resolve))
  outsideUrl = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => outside?.close(resolve))
  await rm(dir, { recursive: true, force: true })
})

// One font family, so that the test's text extraction can read it (support/pdf-text.ts).
function page(body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Noodlijst</title>
<style>body { font-family: sans-serif; } td { padding: 2px 8px; }</style>
<link rel="stylesheet" href="${outsideUrl}/style.css"></head><body>${body}</body></html>`
}

const noodlijst = () => page(`<h1>Noodlijst Egeltjes</h1>
<table><tr><td>Sanne de Vries</td><td>Eva de Vries 0612345678</td><td>Allergie: pinda</td></tr></table>
<img src="${outsideUrl}/foto.png" alt="">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<script>document.body.append('SCRIPT GELOPEN')</script>`)

describe('print.pdf with the PC host’s Chromium', () => {
  it('writes a real A4 PDF with the page’s text, running no script and fetching nothing', async () => {
    // Chromium's own local-network checks would block the page's requests to 127.0.0.1 anyway; switched
    // off here, so that what this test sees is the print policy's doing.
    const launch = chromiumLaunchOptions()
    const args = [...(launch.args ?? []), '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessChecks']
    const printer = createPdfPrinter({ render: createChromiumPdfRenderer({ ...launch, args }), directory: () => join(dir, 'pdf') })
    const { path } = await printer.print({ html: noodlijst(), fileName: 'Noodlijst Egeltjes 2026-12-02.pdf' })
    expect(path).toBe(join(dir, 'pdf', 'Noodlijst Egeltjes 2026-12-02.pdf'))
    const pdf = await readFile(path)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = pdfText(pdf)
    expect(text).toContain('Noodlijst Egeltjes')
    expect(text).toContain('Sanne de Vries')
    expect(text).toContain('0612345678')
    expect(text).not.toContain('SCRIPT GELOPEN')
    // A4 is 595 × 842 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(Number(box?.[1])).toBeCloseTo(595, -1)
    expect(Number(box?.[2])).toBeCloseTo(842, -1)
    expect(outsideRequests).toEqual([])
  }, 30_000)

  it('never overwrites an earlier printout: the next one takes a free name', async () => {
    const render: PdfRenderer = async (html) => Buffer.from(`%PDF-1.4 ${html}`)
    const printer = createPdfPrinter({ render, directory: () => join(dir, 'namen') })
    const paths = await Promise.all([1, 2, 3].map((n) => printer.print({ html: `<p>${n}</p>`, fileName: 'Lijst.pdf' })))
    expect(paths.map((p) => p.path).sort()).toEqual([join(dir, 'namen', 'Lijst (2).pdf'), join(dir, 'namen', 'Lijst (3).pdf'), join(dir, 'namen', 'Lijst.pdf')])
    const contents = await Promise.all(paths.map((p) => readFile(p.path, 'latin1')))
    expect(new Set(contents).size).toBe(3)
  })

  it.each([
    ['a folder in the name', '<p>x</p>', 'map/Lijst.pdf'],
    ['a way up', '<p>x</p>', '../Lijst.pdf'],
    ['a Windows device', '<p>x</p>', 'CON.pdf'],
    ['another extension', '<p>x</p>', 'Lijst.exe'],
    ['an empty document', '', 'Lijst.pdf'],
    ['more than 2 MB of UTF-8', 'é'.repeat(1024 * 1024 + 1), 'Lijst.pdf'],
  ])('refuses %s before rendering anything', async (_what, html, fileName) => {
    const render = vi.fn<PdfRenderer>(async () => Buffer.from('%PDF-1.4'))
    const printer = createPdfPrinter({ render, directory: () => join(dir, 'geweigerd') })
    await expect(printer.print({ html, fileName })).rejects.toMatchObject({ code: 'print.ongeldig' })
    expect(render).not.toHaveBeenCalled()
    await expect(readdir(join(dir, 'geweigerd'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reports a failed rendering, or one that is no PDF, as print.mislukt and writes nothing', async () => {
    const folder = join(dir, 'mislukt')
    const broken = createPdfPrinter({ render: async () => { throw new Error('Chromium weg') }, directory: () => folder })
    await expect(broken.print({ html: '<p>x</p>', fileName: 'Lijst.pdf' })).rejects.toMatchObject({ code: 'print.mislukt', message: expect.stringContaining('Chromium weg') })
    const notPdf = createPdfPrinter({ render: async () => Buffer.from('<html>'), directory: () => folder })
    await expect(notPdf.print({ html: '<p>x</p>', fileName: 'Lijst.pdf' })).rejects.toMatchObject({ code: 'print.mislukt' })
    await expect(readdir(folder)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
