// Hours as staff type them: "5,5" (Dutch) and "5.5" both mean five and a half; empty or anything
// else is not a number (NaN), which the rules refuse as `ongeldig-aantal`.
export function parseHours(text: string): number {
  const trimmed = text.trim()
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return NaN
  return Number(trimmed.replace(',', '.'))
}
