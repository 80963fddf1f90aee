// A small reader over untrusted JSON that knows where it is ('$.children[3].parents[0].emails[1]'),
// so that every problem in a JSON import names its exact place, in Dutch. Unknown keys are refused:
// the JSON format is ours, and a misspelt key ("birthdate") must not silently import nothing.
import type { ImportIssue } from './import-set'
import type { Parsed } from './field-values'

export class JsonReader {
  constructor(readonly value: unknown, readonly path: string, private readonly issues: ImportIssue[]) {}

  fail(message: string, code = 'ongeldige-waarde'): undefined {
    this.issues.push({ path: this.path, code, message })
    return undefined
  }

  /** The object here, with only `allowed` keys; undefined (and reported) otherwise. */
  object(allowed: readonly string[]): Record<string, unknown> | undefined {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) return this.fail('hier hoort een object')
    const record = this.value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.issues.push({ path: `${this.path}.${key}`, code: 'onbekend-veld', message: `onbekend veld "${key}"` })
    }
    return record
  }

  field(key: string): JsonReader {
    const record = typeof this.value === 'object' && this.value !== null ? (this.value as Record<string, unknown>) : {}
    return new JsonReader(record[key], `${this.path}.${key}`, this.issues)
  }

  has(key: string): boolean {
    return typeof this.value === 'object' && this.value !== null && (this.value as Record<string, unknown>)[key] !== undefined
  }

  /** Items of the array here; an absent optional array reads as []. */
  items(optional = false): JsonReader[] {
    if (this.value === undefined && optional) return []
    if (!Array.isArray(this.value)) return this.fail('hier hoort een lijst') ?? []
    return this.value.map((item, i) => new JsonReader(item, `${this.path}[${i}]`, this.issues))
  }

  string(optional = false): string | undefined {
    if (this.value === undefined && optional) return undefined
    if (this.value === undefined || this.value === null) return this.fail('ontbreekt')
    if (typeof this.value !== 'string') return this.fail('hier hoort tekst')
    return this.value
  }

  number(optional = false): number | undefined {
    if (this.value === undefined && optional) return undefined
    if (typeof this.value !== 'number') return this.fail(this.value === undefined ? 'ontbreekt' : 'hier hoort een getal')
    return this.value
  }

  boolean(optional = false): boolean | undefined {
    if (this.value === undefined && optional) return undefined
    if (typeof this.value !== 'boolean') return this.fail(this.value === undefined ? 'ontbreekt' : 'hier hoort true of false')
    return this.value
  }

  /** The string here read by a field parser (field-values.ts). */
  parse<T>(parse: (raw: string) => Parsed<T>, optional = false): T | undefined {
    const raw = this.string(optional)
    if (raw === undefined) return undefined
    const parsed = parse(raw)
    return parsed.ok ? parsed.value : this.fail(parsed.message)
  }

  /** The number here read by a field parser (absent is reported once, as missing). */
  numberBy<T>(parse: (raw: number) => Parsed<T>): T | undefined {
    const n = this.number()
    return n === undefined ? undefined : this.check(parse(n))
  }

  /** A value already typed by JSON (a number, a list) read by a field parser. */
  check<T>(parsed: Parsed<T>): T | undefined {
    return parsed.ok ? parsed.value : this.fail(parsed.message)
  }
}
