// No personal data in the logs (SPEC privacy, DESIGN §5): every message is scrubbed before any
// transport sees it. Patterns err on the side of hiding: a 9-digit number may be a BSN, so every
// lone 9-digit number goes. Keys that name secrets are hidden whatever their value looks like.
const hidden = '[verborgen]'

const patterns: readonly (readonly [RegExp, string])[] = [
  // Bearer tokens first, before their characters could be mistaken for anything else.
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, `Bearer ${hidden}`],
  // Tokens in query strings (the PC host's page URL carries one).
  [/([?&](?:token|access_token|key)=)[^&\s#"']+/gi, `$1${hidden}`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[e-mail]'],
  // Dutch phone numbers: 06-12345678, 020 123 4567, +31 6 1234 5678, 0031201234567.
  [/(?<![\w+])(?:\+31|0031|0)(?:[ .-]?\d){9}(?!\d)/g, '[telefoon]'],
  // BSN-like: nine digits on their own, also written 123.456.789.
  [/(?<![\d.])(?:\d{9}|\d{3}\.\d{3}\.\d{3})(?![\d.]\d)/g, '[nummer]'],
]

const secretKey = /^(password|wachtwoord|pin|token|devicetoken|authorization|cookie|secret|signature|handtekening)$/i

export function scrubText(text: string): string {
  return patterns.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text)
}

/** A copy of a logged value with its text scrubbed; objects deep (cycles stop at the repeat). */
export function scrubValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (typeof value !== 'object' || value === null) return value
  if (seen.has(value)) return '[kring]'
  seen.add(value)
  if (value instanceof Error) {
    // An Error keeps its class for the log's formatting; message and stack may quote a request.
    const copy = new Error(scrubText(value.message))
    copy.name = value.name
    copy.stack = value.stack === undefined ? undefined : scrubText(value.stack)
    return copy
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, seen))
  if (value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, secretKey.test(key) ? hidden : scrubValue(item, seen)]),
  )
}
