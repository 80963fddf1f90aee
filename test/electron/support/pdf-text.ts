// The text of a PDF as Chromium (Skia) writes it, enough for a test to see what a page says: the
// content streams are inflated, each font's ToUnicode map read, and the glyph codes of every Tj / TJ
// translated. Skia embeds fonts as 2-byte CID fonts (Identity-H), one map per font; the maps of one
// document's fonts are merged, which is sound as long as a test page uses one font family.
import { inflateSync } from 'node:zlib'

function streams(pdf: Buffer): string[] {
  const out: string[] = []
  const text = pdf.toString('latin1')
  const start = /stream\r?\n/g
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = match.index + match[0].length
    const to = text.indexOf('endstream', from)
    if (to < 0) break
    try {
      out.push(inflateSync(pdf.subarray(from, to)).toString('latin1'))
    } catch {
      // Not a Flate stream (an image, a font program with another filter): no text in it.
    }
    start.lastIndex = to + 'endstream'.length
  }
  return out
}

function hexToCodes(hex: string): number[] {
  const codes: number[] = []
  for (let i = 0; i + 4 <= hex.length; i += 4) codes.push(Number.parseInt(hex.slice(i, i + 4), 16))
  return codes
}

function readToUnicode(cmap: string, into: Map<number, string>): void {
  const utf16 = (hex: string) => String.fromCharCode(...hexToCodes(hex))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) into.set(Number.parseInt(code!, 16), utf16(unicode!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, first] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const base = Number.parseInt(first!, 16)
      for (let code = Number.parseInt(low!, 16); code <= Number.parseInt(high!, 16); code++) into.set(code, String.fromCharCode(base + code - Number.parseInt(low!, 16)))
    }
  }
}

/** The page text: the pieces of one text object (BT … ET) joined, text objects on lines of their own. */
export function pdfText(pdf: Buffer): string {
  const all = streams(pdf)
  const toUnicode = new Map<number, string>()
  for (const stream of all) if (stream.includes('begincmap')) readToUnicode(stream, toUnicode)
  const lines: string[] = []
  for (const stream of all) {
    for (const block of stream.matchAll(/BT([\s\S]*?)ET/g)) {
      const pieces = [...block[1]!.matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, hex]) => hexToCodes(hex!).map((c) => toUnicode.get(c) ?? '').join(''))
      if (pieces.length > 0) lines.push(pieces.join(''))
    }
  }
  return lines.join('\n')
}
