// The schemas are meant for RxDB as they are: prove it with RxDB itself (dev-mode's schema check,
// the encryption plugin and RxDB's ajv validator), in memory.
import { afterAll, describe, expect, it } from 'vitest'
import { addRxPlugin, createRxDatabase, type RxDatabase } from 'rxdb'
import { RxDBDevModePlugin, checkSchema, disableWarnings } from 'rxdb/plugins/dev-mode'
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv'
import { collectionNames, schemas, type DomainSchema } from '../../../shared/domain'
import { validDocuments } from './fixtures'

disableWarnings()
addRxPlugin(RxDBDevModePlugin)

describe('schemas in RxDB', () => {
  it.each(collectionNames)('%s passes RxDB dev-mode schema check', (name) => {
    expect(() => checkSchema(structuredClone(schemas[name]) as Parameters<typeof checkSchema>[0])).not.toThrow()
  })

  it('stays inside the collection budget of 12 (DESIGN §4)', () => {
    expect(Object.keys(schemas)).toEqual([...collectionNames])
    expect(collectionNames.length).toBeLessThanOrEqual(12)
  })

  it('encrypts exactly medical (children), reason (absences) and signature (signuplines)', () => {
    const encrypted = Object.fromEntries(collectionNames.map((name) => {
      const schema: DomainSchema = schemas[name]
      return [name, schema.encrypted ?? []]
    }))
    expect(encrypted).toEqual({
      locations: [], children: ['medical'], attendance: [], absences: ['reason'], requests: [], ledger: [],
      studydays: [], signupsheets: [], signuplines: ['signature'], staff: [], journal: [], notices: [],
    })
  })

  let db: RxDatabase | undefined
  afterAll(async () => { await db?.close() })

  it('opens all collections with encryption and validation, and round-trips a document of each', async () => {
    db = await createRxDatabase({
      name: 'schema-check',
      storage: wrappedValidateAjvStorage({ storage: wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageMemory() }) }),
      password: 'een-lang-genoeg-wachtwoord',
      multiInstance: false,
    })
    const collections = await db.addCollections(Object.fromEntries(
      collectionNames.map((name) => [name, { schema: structuredClone(schemas[name]) }]),
    ) as Parameters<RxDatabase['addCollections']>[0])
    for (const name of collectionNames) {
      const collection = collections[name]!
      await collection.insert(structuredClone(validDocuments[name]))
      const stored = await collection.findOne(validDocuments[name].id).exec()
      expect(stored?.toJSON()).toEqual(validDocuments[name])
    }
    await expect(collections['staff']!.insert({ ...validDocuments.staff, id: 'x', role: 'directeur' })).rejects.toThrow()
  })
})
