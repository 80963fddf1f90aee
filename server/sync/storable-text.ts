// PostgreSQL's jsonb cannot hold every JavaScript string: a NUL (\u0000) or a lone UTF-16 surrogate
// makes the INSERT fail, which would turn one hostile document into a 500 for the whole batch (and a
// batch RxDB retries forever). Such text is refused before it reaches the database, and the notice
// about it carries a readable stand-in instead (U+FFFD), so the refusal itself can be stored.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g')

/**
 * True when a string anywhere in `value` (keys included) cannot be stored in jsonb. Walks with its own
 * stack, not recursion: it also reads request bodies before their schema does, and a body nested
 * 10,000 deep overflowed the call stack (a 500; found by the soak's endpoint fuzz).
 */
export function hasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') {
      if (UNSTORABLE.test(next)) return true
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item)
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, item] of Object.entries(next)) {
        if (UNSTORABLE.test(key)) return true
        pending.push(item)
      }
    }
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
