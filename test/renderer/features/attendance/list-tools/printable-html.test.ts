// The documents Afdrukken and Opslaan als pdf send: self-contained, every value escaped, and a file
// name main's print.pdf accepts.
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { isSafePdfFileName } from '../../../../../electron/main/print/pdf-request'
import { translator } from '../../../../../renderer/src/i18n/translate'
import { emergencyList } from '../../../../../renderer/src/features/attendance/list-tools/emergency-list'
import { DayListDocument, EmergencyListDocument } from '../../../../../renderer/src/features/attendance/list-tools/printable-documents'
import { printableHtml } from '../../../../../renderer/src/features/attendance/list-tools/printable-html'
import { pdfFileName } from '../../../../../renderer/src/features/attendance/list-tools/save-pdf'
import { child, date, day, entry, location } from './fixtures'

const t = translator('nl')
const hostile = { ...child('k-x', '<script>alert(1)</script>', 'Jansen & Zn'), medical: { allergies: ['pinda'], notes: '</style><img src=x onerror=alert(1)>' } }

describe('printableHtml', () => {
  const children = emergencyList({ location, days: [day('g-1', [entry('k-x', { checkIn: '2026-12-02T07:35:00.000Z' })])], today: date, children: [hostile] })
  const html = printableHtml({
    lang: 'nl', title: 'Noodlijst <De Brug>',
    body: createElement(EmergencyListDocument, { t, locationName: 'De Brug', at: '2026-12-02T09:05:00.000Z', children, printedBy: 'Anouk de Vries', titled: true }),
  })

  it('is one HTML document with its styles inline and no script', () => {
    // The stylesheet's text itself is blank under Vitest (a `.css?raw` import, vitest-dev/vitest#10788);
    // the end-to-end spec checks it arrives in the built app's document.
    expect(html.startsWith('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Noodlijst &lt;De Brug&gt;</title><style>')).toBe(true)
    expect(html).toMatch(/<\/style><\/head><body><article class="printable">.*<\/article><\/body><\/html>$/)
    expect(html).not.toMatch(/<script|<link|src=["']?http/i)
  })

  it('escapes every value from the database', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Jansen &amp; Zn')
    expect(html).toContain('&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })

  it('says where, when and how many, in Amsterdam time, with phones and allergies', () => {
    expect(html).toContain('De Brug · 2-12-2026 om 10:05 · kinderen in het gebouw: 1')
    expect(html).toContain('Ouder Jansen &amp; Zn: 0612345678')
    expect(html).toContain('pinda')
    expect(html).toContain('08:35')
  })

  it('prints the day list with its rows, times and who is not on the planning', () => {
    const dayHtml = printableHtml({
      lang: 'nl', title: 'Aanwezigheidslijst',
      body: createElement(DayListDocument, {
        t, locationName: 'De Brug', groupName: 'Egeltjes', careType: 'KDV', date, printedAt: '2026-12-02T09:05:00.000Z', printedBy: 'Anouk de Vries',
        rows: [
          { childId: 'k-1', name: 'Daan Bakker', dayParts: ['ochtend'], expected: true, entry: entry('k-1', { checkIn: '2026-12-02T07:31:00.000Z', checkOut: '2026-12-02T11:58:00.000Z' }) },
          { childId: 'k-2', name: 'Lot Jansen', dayParts: [], expected: false, entry: entry('k-2', { checkIn: '2026-12-02T08:10:00.000Z', unplanned: true }) },
        ],
      }),
    })
    expect(dayHtml).toContain('Aanwezigheidslijst · Egeltjes (KDV)')
    expect(dayHtml).toContain('De Brug · 2-12-2026 · 1 van 1 aanwezig')
    expect(dayHtml).toMatch(/Daan Bakker<\/th><td>ochtend<\/td><td>08:31<\/td><td>12:58<\/td>/)
    expect(dayHtml).toContain('Lot Jansen (niet op de lijst)')
    expect(dayHtml).toContain('Afgedrukt op 2-12-2026 10:05 door Anouk de Vries')
  })
})

describe('pdfFileName', () => {
  it('makes names main accepts from group and location names', () => {
    const names = [
      pdfFileName(['Noodlijst', 'De Brug', '2026-12-02', '0905']),
      pdfFileName(['Aanwezigheidslijst', "Kinderopvang 't Weegje", 'Pieterpäd', '2026-12-02']),
      pdfFileName(['../../etc/passwd', 'a/b\\c']),
      pdfFileName(['…', '']),
      pdfFileName(['x'.repeat(300)]),
    ]
    expect(names[0]).toBe('Noodlijst De Brug 2026-12-02 0905.pdf')
    expect(names[1]).toBe('Aanwezigheidslijst Kinderopvang t Weegje Pieterpäd 2026-12-02.pdf')
    for (const name of names) expect(isSafePdfFileName(name), name).toBe(true)
  })
})
