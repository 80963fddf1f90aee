// JSON with object keys in sorted order: the same value gives the same text whatever order its
// keys arrived in (jsonb reorders them, and so may a PC that retries), so the text can be hashed.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, unknown>
  return Object.fromEntries(Object.keys(record).sort().filter((k) => record[k] !== undefined).map((k) => [k, sortKeys(record[k])]))
}
