// PostgreSQL's jsonb cannot hold every JavaScript string: a NUL (\u0000) or a lone UTF-16 surrogate
// makes the INSERT fail, which would turn one hostile document into a 500 for the whole batch (and a
// batch RxDB retries forever). Such text is refused before it reaches the database, and the notice
// about it carries a readable stand-in instead (U+FFFD), so the refusal itself can be stored.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g')

/** True when a string anywhere in `value` (keys included) cannot be stored in jsonb. */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value)
  if (Array.isArray(value)) return value.some(hasUnstorableText)
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([k, v]) => UNSTORABLE.test(k) || hasUnstorableText(v))
  }
  return false
}

/** `value` with every unstorable character replaced by U+FFFD (a copy; `value` itself is left as it is). */
export function storableText<T>(value: T): T {
  if (!hasUnstorableText(value)) return value
  return replaced(value) as T
}

function replaced(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UNSTORABLE_ALL, '\uFFFD')
  if (Array.isArray(value)) return value.map(replaced)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [replaced(k) as string, replaced(v)]))
  }
  return value
}
