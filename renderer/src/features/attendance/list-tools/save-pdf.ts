// `Opslaan als pdf`: the printable document goes through the bridge's `print.pdf` (main renders it
// with JavaScript off and writes the PDF into the user's Documents/Locatiedesk folder; the PC host
// into its data folder), which answers where the file went.
import type { Bridge } from '../../../../../shared/api'

/**
 * A file name main accepts (electron/main/print/pdf-request.ts): letters and digits of any script,
 * spaces and dashes, at most 100 characters before `.pdf`, e.g. "Noodlijst Goverwelle 2026-12-02 0930.pdf".
 */
export function pdfFileName(parts: readonly string[]): string {
  const base = parts.join(' ')
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ -]+/, '')
    .slice(0, 100)
    .trim()
  return `${base || 'lijst'}.pdf`
}

export async function savePdf(bridge: Pick<Bridge, 'invoke'>, html: string, fileName: string): Promise<string> {
  const { path } = await bridge.invoke('print.pdf', { html, fileName })
  return path
}
