// The embedded database: PGlite keeps its files in a folder (created on first start). It has one
// connection, so transactions are serialised by PGlite itself.
import { mkdir } from 'node:fs/promises'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { INT8_OID, assertSchemaName, int8ToNumber, type Db, type Queryable } from './db'

export interface PgliteOptions {
  /** Folder for the data files; omitted = in memory (throwaway). */
  dataDir?: string
  /** Put every table in this schema instead of public (tests). */
  schema?: string
}

export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true })
  const pg = await PGlite.create({
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    parsers: { [INT8_OID]: int8ToNumber },
  })
  if (options.schema !== undefined) {
    const schema = assertSchemaName(options.schema)
    // One connection: a session-wide search_path holds for every later query.
    await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`)
  }
  return {
    kind: 'pglite',
    ...wrap(pg),
    tx: (fn) => pg.transaction((t) => fn(wrap(t))),
    listen: (channel, cb) => pg.listen(channel, cb).then((unlisten) => () => unlisten()),
    close: () => pg.close(),
  }
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<T>(sql, [...params])).rows,
    exec: async (sql: string) => {
      await target.exec(sql)
    },
  }
}
