// The billing export as a file Dutch Excel opens as it is: `;` between fields (a comma is the decimal
// separator there, so hours are written `5,5`), CRLF line ends, and a UTF-8 byte order mark so that
// names with accents survive. Cells that start like a formula are escaped (CSV injection).
import Papa from 'papaparse'
import type { BillableItem } from './billable-items'

/** Column headers, in the order of the file; the billing system maps on these names. */
export const billingColumns = [
  'soort', 'omschrijving', 'kind_id', 'kind', 'locatie_id', 'locatie', 'groep_id', 'groep',
  'opvangdatum', 'dagdeel', 'tijden', 'uren', 'betaling', 'factuurdatum', 'bron_id',
] as const

const BOM = '\uFEFF'

export function billingCsv(items: readonly BillableItem[]): string {
  const data = items.map((i) => [
    i.kind, i.description, i.childId, i.childName, i.locationId, i.locationName, i.groupId, i.groupName,
    i.careDate, i.dayPart, i.times, i.hours === null ? '' : dutchDecimal(i.hours), i.payment, i.invoiceDate, i.sourceId,
  ])
  const csv = Papa.unparse({ fields: [...billingColumns], data }, { delimiter: ';', newline: '\r\n', escapeFormulae: true })
  return `${BOM}${csv}\r\n`
}

function dutchDecimal(hours: number): string {
  return String(hours).replace('.', ',')
}
