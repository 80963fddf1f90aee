// The CSV reader: the shapes planning systems write (BOM, CRLF, `;` or `,`, quoted fields, Dutch
// dates and day names), and every problem with the line it is on in the file.
import { expect, it } from 'vitest'
import { parseCsv } from '../../../server/import/parse-csv'
import { exampleCsv } from './import-fixture'

const header = 'locatie_id,locatie_naam,groep_id,groep_naam,opvangsoort,kind_id,kind_voornaam,kind_achternaam,geboortedatum,plaatsing_id,contract,weekdagen,dagdelen,startdatum,ouder1_naam,ouder1_email,Onbekende kolom'
const row = (child: string, placement: string, extra: Partial<Record<'name' | 'days' | 'email', string>> = {}) =>
  `loc-a,Locatie A,grp-a1,Egeltjes,KDV,${child},${extra.name ?? 'Sem'},Visser,2024-02-01,${placement},standaard,"${extra.days ?? 'ma,di'}",hele dag,2025-01-06,Eva Visser,${extra.email ?? 'eva@example.nl'},x`

it('reads the example: BOM, CRLF and `;`, dd-MM-yyyy dates, day names, two rows of one child', () => {
  const outcome = parseCsv(exampleCsv)
  expect(outcome.ok).toBe(true)
  if (!outcome.ok) return
  const lotte = outcome.set.children.find((c) => c.id === 'kind-1003')
  expect(lotte?.birthDate).toBe('2022-11-20')
  expect(lotte?.placements.map((p) => [p.id, p.weekdays, p.end])).toEqual([['plaatsing-5003', [2, 4], '2026-02-27'], ['plaatsing-5004', [], undefined]])
  expect(outcome.set.locations[0]?.schools).toEqual([{ id: 'school-klimop', name: 'CBS De Klimop' }])
  expect(outcome.set.children[0]?.parents[0]?.emails).toEqual(['sanne.dewit@example.nl', 's.dewit@werk.example.nl'])
})

it('reads `,` with LF, quoted fields, and ignores columns it does not know', () => {
  const outcome = parseCsv([header, row('k1', 'p1'), row('k2', 'p2', { days: 'wo vr' })].join('\n'))
  expect(outcome.ok && outcome.set.children.map((c) => c.placements[0]?.weekdays)).toEqual([[1, 2], [3, 5]])
})

it('names the line of each problem, counting the lines inside a quoted field', () => {
  const multiLine = row('k2', 'p2').replace('Sem', '"Sem\nJan"')
  const outcome = parseCsv([header, row('k1', 'p1'), multiLine, row('k3', 'p3', { email: 'geen-adres' }), row('k4', 'p1'), 'a,b'].join('\r\n'))
  expect(outcome.ok).toBe(false)
  if (outcome.ok) return
  expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
    [5, 'ongeldige-waarde'],
    [6, 'dubbele-plaatsing'],
    [7, 'aantal-kolommen'],
  ])
  expect(outcome.errors[0]?.message).toContain('ouder1_email')
})

it('refuses a child whose rows disagree, and a file without a required column, at their lines', () => {
  const outcome = parseCsv([header, row('k1', 'p1'), row('k1', 'p2', { name: 'Daan' })].join('\n'))
  expect(outcome).toMatchObject({ ok: false, errors: [{ line: 3, code: 'kind-verschilt' }] })
  expect(parseCsv(header.replace('kind_id,', ''))).toMatchObject({ ok: false, errors: [{ line: 1, code: 'kolom-ontbreekt' }] })
})
