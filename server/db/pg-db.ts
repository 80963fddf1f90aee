// A real PostgreSQL through a `pg` pool. int8 is converted to number here, once, for every query
// (pg's default hands bigint over as a string).
import pg from 'pg'
import { INT8_OID, assertSchemaName, int8ToNumber, type Db, type Queryable } from './db'

export interface PgOptions {
  connectionString: string
  /** Put every table in this schema instead of public (tests give each run its own). */
  schema?: string
  max?: number
  /** Give up on a connection attempt after this long (pg waits for ever by default). */
  connectTimeoutMs?: number
}

export async function openPg(options: PgOptions): Promise<Db> {
  const schema = options.schema === undefined ? undefined : assertSchemaName(options.schema)
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? int8ToNumber : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.connectTimeoutMs !== undefined ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
    types,
    // search_path as a startup option holds for every pooled connection from its first query on.
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  })
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => undefined)
  if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)

  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, [...params])).rows as T[],
    exec: async (sql: string) => {
      await client.query(sql)
    },
  })

  return {
    kind: 'pg',
    ...wrap(pool),
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const result = await fn(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        // A connection that cannot even roll back is dropped from the pool rather than reused.
        await client.query('ROLLBACK').catch((e: unknown) => { broken = e instanceof Error ? e : new Error(String(e)) })
        throw error
      } finally {
        client.release(broken)
      }
    },
    async listen(channel, cb) {
      const client = await pool.connect()
      const onNotification = (msg: pg.Notification) => {
        if (msg.channel === channel) cb(msg.payload ?? '')
      }
      client.on('notification', onNotification)
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      return async () => {
        client.off('notification', onNotification)
        await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined)
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
