// Building blocks the collection schemas share, written `as const` so that json-schema-to-ts can
// derive exact types from every schema that spreads them. One definition per kind of value keeps
// the formats identical across collections (a date is a date everywhere).

/** A primary key. Composed keys (`${date}:${childId}:${dayPart}`, `opgebouwd:${absenceId}`) fit in 200. */
export const primaryId = { type: 'string', minLength: 1, maxLength: 200 } as const

/** A reference to another document's id (child, group, location, school, staff, request, ...). */
export const refId = { type: 'string', minLength: 1, maxLength: 64 } as const

/** A reference that may point at a composed id (an attendance day, an absence, an entry in a day). */
export const docRef = { type: 'string', minLength: 1, maxLength: 200 } as const

/** A calendar date `yyyy-MM-dd` (Europe/Amsterdam). The pattern keeps string comparison valid; the format refuses 2026-02-30. */
export const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', maxLength: 10 } as const

/**
 * An instant in ISO-8601 UTC, as `Date.prototype.toISOString()` writes it. Only the `Z` form: instants
 * are compared as strings (newest wins), which is only sound when they all share one offset.
 */
export const instant = {
  type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$', maxLength: 24,
} as const

/** A local time of day `HH:mm`. */
export const time = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', maxLength: 5 } as const

/** Short human text (names, relations, codes). */
export const shortText = { type: 'string', maxLength: 200 } as const

/** Longer human text (notes, remarks, reasons). */
export const longText = { type: 'string', maxLength: 2000 } as const

/** Who acted: a staff id, or 'ouderportaal' / 'import' / 'systeem'. */
export const actor = { type: 'string', minLength: 1, maxLength: 64 } as const

/**
 * Every fact records who (`by`), on which device, and when (`at`: the PC's clock corrected by the
 * offset to the server's clock, SPEC §4), so that a rule about time is judged at the moment of the action.
 */
export const factProperties = { by: actor, device: refId, at: instant } as const
export const factRequired = ['by', 'device', 'at'] as const

/** Hours (day parts, credits, balances): non-negative. */
export const hours = { type: 'number', minimum: 0, maximum: 10_000 } as const
