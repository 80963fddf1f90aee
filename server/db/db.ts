// The one data-layer interface the server uses. Two implementations: the embedded PGlite (a
// single-connection PostgreSQL 18 in a data folder) and a `pg` pool on a real PostgreSQL. SQL
// written against it must run on both (PostgreSQL 15 and 18).

/** A connection, or a transaction on one. Rows come back with int8 already converted to number. */
export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Several statements in one string, no parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg'
  /** Runs fn in one transaction on one connection: committed when fn resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>
  /** LISTEN on a channel (issue 4 fans changes out between server instances with it). Returns unlisten. */
  listen?(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** PostgreSQL's oid for int8 (bigint): `pg` hands these over as strings, PGlite as number or bigint. */
export const INT8_OID = 20

/** int8 → number, refusing values a JS number cannot hold exactly instead of silently rounding. */
export function int8ToNumber(text: string): number {
  const n = Number(text)
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value out of the safe integer range: ${text}`)
  return n
}

/** A schema name we may splice into SQL (tests give each run its own schema). */
export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`)
  return schema
}
