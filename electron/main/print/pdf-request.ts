// What a print.pdf call may ask (shared/api/contract.ts): a document of bounded size and a file name
// that can only name a file inside the PDF folder. Checked by the bridge's argument schema first and
// again by the printer itself, which can be called without the bridge.

/** 2 MB of UTF-8: a day's list or Noodlijst with inline styles is a few hundred kB at most. */
export const MAX_PDF_HTML_BYTES = 2 * 1024 * 1024

/** Characters of a name before `.pdf`: long enough for "Aanwezigheidslijst Egeltjes 2026-12-02". */
export const MAX_PDF_BASE_NAME = 100

// Letters and digits of any script (group names: "Uiltjes", "Pieterpäd"), spaces and ._()- inside; no
// separators, no control characters, no leading dot (hidden file) or space.
const namePattern = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N} ._()-]{0,${MAX_PDF_BASE_NAME - 1}}\\.pdf$`, 'u')

// Names Windows reserves whatever the extension ("CON.pdf" opens the console device, not a file).
const windowsDevice = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

export function isSafePdfFileName(name: string): boolean {
  return namePattern.test(name) && !windowsDevice.test(name) && !name.includes('..')
}

export function htmlBytes(html: string): number {
  return Buffer.byteLength(html, 'utf8')
}
