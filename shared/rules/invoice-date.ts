// R15: care billed on invoice appears on the invoice of the following month, dated the 10th
// (FAQ: "rond de 10e van de daarop volgende maand"); December's care goes on January's invoice.
import { dateParts, makeDate } from '../calendar'
import { invoiceDayOfMonth } from './facts'

export function invoiceDate(careDate: string): string {
  const { year, month } = dateParts(careDate)
  return month === 12 ? makeDate(year + 1, 1, invoiceDayOfMonth) : makeDate(year, month + 1, invoiceDayOfMonth)
}
