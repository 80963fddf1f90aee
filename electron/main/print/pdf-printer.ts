// print.pdf (shared/api/contract.ts): check the request, render the HTML to an A4 PDF with the shell's
// renderer (Electron's printToPDF, or the PC host's Chromium: DESIGN §3), and write it under a free
// name in the PDF folder. The renderers differ; everything else is this one file.
import { PrintError } from './print-error'
import { htmlBytes, isSafePdfFileName, MAX_PDF_HTML_BYTES } from './pdf-request'
import { writeUniqueFile } from './unique-file'

/** Renders a self-contained HTML document (no scripts, no network) to the bytes of an A4 PDF. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>

export interface PdfPrinter {
  print(args: { html: string; fileName: string }): Promise<{ path: string }>
}

export interface PdfPrinterOptions {
  render: PdfRenderer
  /** The folder PDFs go to, asked at each print (Electron knows Documents only once the app is ready). */
  directory: () => string
}

const PDF_MAGIC = '%PDF-'

export function createPdfPrinter(options: PdfPrinterOptions): PdfPrinter {
  return {
    async print({ html, fileName }) {
      if (!isSafePdfFileName(fileName)) {
        throw new PrintError('print.ongeldig', `Ongeldige bestandsnaam voor een PDF: ${JSON.stringify(fileName.slice(0, 120))}`)
      }
      const bytes = htmlBytes(html)
      if (bytes === 0 || bytes > MAX_PDF_HTML_BYTES) {
        throw new PrintError('print.ongeldig', `Het document voor de PDF is ${bytes === 0 ? 'leeg' : `te groot (${bytes} bytes, hoogstens ${MAX_PDF_HTML_BYTES})`}`)
      }
      let pdf: Uint8Array
      try {
        pdf = await options.render(html)
      } catch (error) {
        throw new PrintError('print.mislukt', `De PDF kon niet gemaakt worden: ${messageOf(error)}`, { cause: error })
      }
      if (Buffer.from(pdf.subarray(0, PDF_MAGIC.length)).toString('latin1') !== PDF_MAGIC) {
        throw new PrintError('print.mislukt', 'De PDF kon niet gemaakt worden: de weergave gaf geen PDF terug')
      }
      try {
        return { path: await writeUniqueFile(options.directory(), fileName, pdf) }
      } catch (error) {
        throw new PrintError('print.mislukt', `De PDF kon niet opgeslagen worden: ${messageOf(error)}`, { cause: error })
      }
    },
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
