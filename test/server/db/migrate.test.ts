import { expect, it } from 'vitest'
import { migrate, readMigrations } from '../../../server/db/migrate'
import { describeOnDatabases } from '../../support/pg-databases'

describeOnDatabases('migrations', (current) => {
  it('are all recorded, in name order, and running them again is a no-op that keeps the data', async () => {
    const { db } = current()
    const files = (await readMigrations()).map((m) => m.name)
    expect(files.length).toBeGreaterThan(0)
    expect(files).toEqual([...files].sort())
    const recorded = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')
    expect(recorded.map((r) => r.name)).toEqual(files)

    await db.query(`INSERT INTO documents (collection, id, data, seq) VALUES ('children', 'k1', '{"id":"k1","_deleted":false}', 1)`)
    expect(await migrate(db)).toEqual([])
    expect(await migrate(db)).toEqual([])
    expect(await db.query('SELECT name FROM schema_migrations ORDER BY name')).toEqual(recorded)
    expect(await db.query('SELECT id FROM documents')).toEqual([{ id: 'k1' }])
    expect(await db.query('SELECT value FROM seq_counter')).toEqual([{ value: 0 }])
  })

  it('apply a new migration once, and a failing one leaves nothing behind', async () => {
    const { db } = current()
    const known = await readMigrations()
    const extra = { name: '900-test-extra.sql', sql: 'CREATE TABLE test_extra (x int); INSERT INTO test_extra VALUES (1);' }
    const broken = { name: '901-test-broken.sql', sql: 'CREATE TABLE test_broken (x int); SELECT no_such_function();' }
    try {
      await expect(migrate(db, [...known, extra, broken])).rejects.toThrow(/no_such_function/)
      const tables = await db.query<{ n: number }>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('test_extra', 'test_broken') AND table_schema = current_schema()")
      expect(tables[0]?.n).toBe(0)

      expect(await migrate(db, [...known, extra])).toEqual(['900-test-extra.sql'])
      expect(await migrate(db, [...known, extra])).toEqual([])
      expect(await db.query('SELECT x FROM test_extra')).toEqual([{ x: 1 }])
    } finally {
      await db.exec("DROP TABLE IF EXISTS test_extra; DELETE FROM schema_migrations WHERE name LIKE '9%'")
    }
  })
})
