// Reading one value of an import file, with a Dutch reason when it is not usable. Shared by the CSV
// and the JSON reader, so that both formats accept the same values and refuse them in the same words.
// Planning systems write some things their own way (dd-MM-yyyy dates, 'ja'/'nee', 'ma di do',
// '7,5' hours, '(0182) 51 23 45'): those are read, not refused.
import { careTypes, contractKinds, type CareType, type ContractKind, type DayPart } from '../../shared/domain'
import { isDateString } from '../../shared/calendar'
import { groupDayParts } from '../../shared/demo/care'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message })

/** Ids become document ids and parts of ledger ids (`contract:flexuren:<placement>:<year>`): no separators in them. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

export function idValue(raw: string, what: string): Parsed<string> {
  const v = raw.trim()
  if (v === '') return bad(`${what} ontbreekt`)
  return ID.test(v) ? ok(v) : bad(`${what} "${v}" is geen geldige code (letters, cijfers, . _ -, hoogstens 64 tekens)`)
}

export function textValue(raw: string, what: string, max = 200): Parsed<string> {
  const v = raw.trim().replace(/\s+/g, ' ')
  if (v === '') return bad(`${what} ontbreekt`)
  return v.length <= max ? ok(v) : bad(`${what} is langer dan ${max} tekens`)
}

/** yyyy-MM-dd, or the dd-MM-yyyy (also with / or .) that Dutch exports often write. */
export function dateValue(raw: string, what: string): Parsed<string> {
  const v = raw.trim()
  if (v === '') return bad(`${what} ontbreekt`)
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v)
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : v
  return isDateString(iso) ? ok(iso) : bad(`${what} "${v}" is geen geldige datum (jjjj-mm-dd of dd-mm-jjjj)`)
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Lower case: one address written twice in different capitals is one address (F8's shared-address warning). */
export function emailValue(raw: string): Parsed<string> {
  const v = raw.trim().toLowerCase()
  return EMAIL.test(v) && v.length <= 254 ? ok(v) : bad(`"${raw.trim()}" is geen geldig e-mailadres`)
}

const PHONE = /^[0-9+][0-9 -]{5,19}$/

export function phoneValue(raw: string): Parsed<string> {
  const v = raw.trim().replace(/[().]/g, '').replace(/\s+/g, ' ')
  return PHONE.test(v) ? ok(v) : bad(`"${raw.trim()}" is geen geldig telefoonnummer`)
}

export function careTypeValue(raw: string): Parsed<CareType> {
  const v = raw.trim().toUpperCase()
  const found = careTypes.find((c) => c === v)
  return found !== undefined ? ok(found) : bad(`opvangsoort "${raw.trim()}" is onbekend (${careTypes.join(', ')})`)
}

export function contractValue(raw: string): Parsed<ContractKind> {
  const v = raw.trim().toLowerCase().replace(/\s+/g, '-')
  const found = contractKinds.find((c) => c === v || (c === '52-weken' && v === '52weken'))
  return found !== undefined ? ok(found) : bad(`contract "${raw.trim()}" is onbekend (${contractKinds.join(', ')})`)
}

/** The day parts a group of this care type has (SPEC §2): a placement can only be for those. */
export function dayPartsOf(careType: CareType): DayPart[] {
  return groupDayParts[careType].map((p) => p.dayPart)
}

export function dayPartsValue(raw: readonly string[], careType: CareType): Parsed<DayPart[]> {
  const allowed = dayPartsOf(careType)
  const parts: DayPart[] = []
  for (const token of raw.map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter((t) => t !== '')) {
    const part = allowed.find((p) => p === token)
    if (part === undefined) return bad(`dagdeel "${token}" bestaat niet bij ${careType} (${allowed.join(', ')})`)
    if (!parts.includes(part)) parts.push(part)
  }
  return parts.length > 0 ? ok(parts) : bad('dagdelen ontbreken')
}

const weekdayNames: Readonly<Record<string, number>> = {
  ma: 1, maandag: 1, di: 2, dinsdag: 2, wo: 3, woensdag: 3, do: 4, donderdag: 4, vr: 5, vrijdag: 5, za: 6, zaterdag: 6, zo: 7, zondag: 7,
}

/** 1 = Monday … 7 = Sunday, or Dutch day names; sorted, each once. */
export function weekdaysValue(raw: readonly (string | number)[]): Parsed<number[]> {
  const days = new Set<number>()
  for (const token of raw) {
    const t = String(token).trim().toLowerCase()
    if (t === '') continue
    const day = /^[1-7]$/.test(t) ? Number(t) : weekdayNames[t]
    if (day === undefined) return bad(`weekdag "${String(token).trim()}" is onbekend (1–7 of ma, di, wo, do, vr, za, zo)`)
    days.add(day)
  }
  return ok([...days].sort((a, b) => a - b))
}

export function yesNoValue(raw: string, what: string): Parsed<boolean> {
  const v = raw.trim().toLowerCase()
  if (['', 'nee', 'n', 'no', 'false', '0'].includes(v)) return ok(false)
  if (['ja', 'j', 'yes', 'true', '1'].includes(v)) return ok(true)
  return bad(`${what} "${raw.trim()}" is geen ja of nee`)
}

/** Days or hours: not negative, a decimal comma allowed. */
export function amountValue(raw: string | number, what: string): Parsed<number> {
  const n = typeof raw === 'number' ? raw : Number(raw.trim().replace(',', '.'))
  if (typeof raw === 'string' && raw.trim() === '') return bad(`${what} ontbreekt`)
  return Number.isFinite(n) && n >= 0 && n <= 10_000 ? ok(Math.round(n * 100) / 100) : bad(`${what} "${String(raw).trim()}" is geen geldig aantal`)
}

export function yearValue(raw: string | number): Parsed<number> {
  const n = typeof raw === 'number' ? raw : Number(raw.trim())
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? ok(n) : bad(`jaar "${String(raw).trim()}" is geen geldig jaartal`)
}

export function capacityValue(raw: string | number): Parsed<number> {
  const n = typeof raw === 'number' ? raw : Number(raw.trim())
  return Number.isInteger(n) && n >= 0 && n <= 200 ? ok(n) : bad(`capaciteit "${String(raw).trim()}" is geen heel getal van 0 tot 200`)
}
