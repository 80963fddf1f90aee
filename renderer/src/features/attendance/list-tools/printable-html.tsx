// A printable document as one self-contained HTML page for the bridge's `print.pdf`: its styles
// inline (the print window loads nothing, electron/main/print/print-policy.ts), no script, every
// value escaped by React's renderer. The same stylesheet styles the screen and `Afdrukken`.
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import printableCss from './printable.css?raw'

export function printableHtml(a: { lang: string; title: string; body: ReactElement }): string {
  const body = renderToStaticMarkup(a.body)
  const title = renderToStaticMarkup(<>{a.title}</>)
  const lang = /^[a-z]{2}$/.test(a.lang) ? a.lang : 'nl'
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>${printableCss}</style></head><body>${body}</body></html>`
}
