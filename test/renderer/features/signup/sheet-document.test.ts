// The printed intekenlijst (Afdrukken, Opslaan als pdf): one self-contained HTML page with a header
// (location, date, status, printed at/by) and every line with its signature as inline SVG.
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { isSafePdfFileName } from '../../../../electron/main/print/pdf-request'
import { printableHtml } from '../../../../renderer/src/features/attendance/list-tools/printable-html'
import { pdfFileName } from '../../../../renderer/src/features/attendance/list-tools/save-pdf'
import { SheetDocument } from '../../../../renderer/src/features/signup/SheetDocument'
import { sheetRows } from '../../../../renderer/src/features/signup/sheet-rows'
import { translator } from '../../../../renderer/src/i18n/translate'
import { bsoChild, fact, line } from './fixtures'

const t = translator('nl')
const children = [bsoChild('k-1', { firstName: 'Noor', lastName: 'Bakker & Zn' }), bsoChild('k-2', { firstName: 'Lot', lastName: 'Jansen' })]

function html(lineCount: number) {
  const lines = Array.from({ length: lineCount }, (_, i) => line(`l-${i}`, i % 2 === 0 ? 'k-1' : 'k-2', {
    parentName: `Ouder <${i}>`, signedAt: `2026-11-19T15:${String(i % 60).padStart(2, '0')}:00.000Z`,
  }))
  const rows = sheetRows({ lines, children, facts: [fact('intrekking', 'l-1', 'Ziek </td>')] })
  return printableHtml({
    lang: 'nl', title: 'Intekenlijst 2 december 2026 De Brug',
    body: createElement(SheetDocument, {
      t, locationName: 'De Brug', dateLabel: '2 december 2026', status: 'gesloten', rows,
      printedAt: '2026-12-02T09:05:00.000Z', printedBy: 'Anouk de Vries', closedBy: { name: 'Marieke Jansen', at: '2026-12-01T17:30:00.000Z' },
    }),
  })
}

describe('the printed sheet', () => {
  it('has a header with location, date, status and who printed it when', () => {
    const page = html(2)
    expect(page).toContain('<h1>Intekenlijst 2 december 2026</h1>')
    expect(page).toContain('De Brug · 2 december 2026 · Gesloten · inschrijvingen: 1')
    expect(page).toContain('Gesloten door Marieke Jansen op 1-12-2026 18:30.')
    expect(page).toContain('Afgedrukt op 2-12-2026 10:05 door Anouk de Vries')
    expect(page).not.toMatch(/<script|<link|src=["']?http/i)
  })

  it('holds every line with child, times, parent, signature, billing and status, every value escaped', () => {
    const page = html(40)
    expect(page.match(/<tr data-line-id="l-\d+"/g)).toHaveLength(40)
    expect(page.match(/<svg role="img" aria-label="Handtekening Ouder &lt;\d+&gt;"/g)).toHaveLength(40)
    expect(page.match(/<path d="M10 50Q20 40 25 50L30 60"/g)).toHaveLength(40)
    expect(page).toContain('Noor Bakker &amp; Zn</th><td>Hele dag</td><td>Ouder &lt;0&gt;</td>')
    expect(page).toContain('Ingetrokken: Ziek &lt;/td&gt;')
    expect(page).toContain('<strong>Op factuur</strong>')
    expect(page).not.toContain('Intrekken')
  })

  it('is saved under a file name main accepts', () => {
    const name = pdfFileName([t('signup.sheet', { date: '2026-12-02' }), 'De Brug'])
    expect(name).toBe('Intekenlijst 2026-12-02 De Brug.pdf')
    expect(isSafePdfFileName(name)).toBe(true)
  })
})
