// A billing month `yyyy-MM` (SPEC §5): the export holds the care of one calendar month. Dates are
// `yyyy-MM-dd` strings, so a month is a prefix and its bounds compare as text.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isBillingMonth(value: string): boolean {
  return MONTH.test(value)
}

/** The first day of the month and the first day of the next one (exclusive), as `yyyy-MM-dd`. */
export function monthRange(month: string): { from: string; until: string } {
  const found = MONTH.exec(month)
  if (found === null) throw new RangeError(`not a month (yyyy-MM): ${month}`)
  const year = Number(found[1])
  const m = Number(found[2])
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  return { from: `${month}-01`, until: `${next}-01` }
}

export function inMonth(date: string, month: string): boolean {
  return date.length === 10 && date.slice(0, 8) === `${month}-`
}
