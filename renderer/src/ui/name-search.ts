// Finding a child by name as staff type it: every word typed must occur in the name, accents and case
// ignored ("zoe" finds "Zoë"), sorted as a Dutch list is. One matcher for every `Kind` field.
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The items whose name matches the query, sorted by name (then by `tie`), at most `limit`. */
export function byName<T>(items: readonly T[], nameOf: (item: T) => string, query: string, options: { limit?: number; tie?: (a: T, b: T) => number } = {}): T[] {
  const words = searchable(query).split(/\s+/).filter((w) => w !== '')
  const matches = items
    .map((item) => ({ item, name: nameOf(item) }))
    .filter(({ name }) => words.every((w) => searchable(name).includes(w)))
    .sort((x, y) => x.name.localeCompare(y.name, 'nl') || (options.tie?.(x.item, y.item) ?? 0))
    .map(({ item }) => item)
  return options.limit === undefined ? matches : matches.slice(0, options.limit)
}
