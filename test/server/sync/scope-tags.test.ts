// The scope tags are deviceCovers in another form: a device's tags overlap a document's tags exactly
// when deviceCovers says the device covers the document's scope. Checked over generated documents and
// devices, so pull (SQL on tags), the event stream (tags) and the push checks (deviceCovers) agree.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectionNames, type CollectionName } from '../../../shared/domain'
import { deviceCovers, documentScope } from '../../../server/sync/document-scope'
import { callerTags, scopeTags } from '../../../server/sync/scope-tags'

/** Ids that could fool a naive tagging: '*', 'loc', a 'device:' lookalike, the empty string. */
const placeId = fc.constantFrom('loc-a', 'loc-b', '*', 'loc', 'device:pc-1', 'loc:loc-a', '')
const deviceId = fc.constantFrom('pc-1', 'pc-2', '*', 'loc-a')
const oddValue = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant({ id: 'loc-a' }))

const doc = fc.record({
  id: placeId,
  locationId: fc.oneof(placeId, oddValue),
  locationIds: fc.oneof(fc.array(fc.oneof(placeId, oddValue), { maxLength: 3 }), placeId, oddValue),
  deviceId: fc.oneof(deviceId, oddValue),
  role: fc.constantFrom('groepsmedewerker', 'manager', 'klantenservice', 'planner'),
}, { requiredKeys: ['id'] })

const caller = fc.record({
  deviceId,
  locations: fc.oneof(fc.constant('all' as const), fc.array(placeId, { maxLength: 3 })),
})

describe('scope tags', () => {
  it('overlap exactly when deviceCovers says the device covers the document', () => {
    fc.assert(fc.property(fc.constantFrom(...collectionNames), doc, caller, (collection: CollectionName, d, c) => {
      const tags = new Set(callerTags(c))
      const overlap = scopeTags(collection, d).some((t) => tags.has(t))
      expect(overlap).toBe(deviceCovers(c, documentScope(collection, d)))
    }), { numRuns: 3000 })
  })

  it('give a collection the server does not know no tags: no PC sees it', () => {
    expect(scopeTags('kinderen', { id: 'k1', locationId: 'loc-a' })).toEqual([])
  })

  it('name what each scope is', () => {
    expect(scopeTags('absences', { id: 'a', locationId: 'loc-a' })).toEqual(['loc', 'loc:loc-a'])
    expect(scopeTags('children', { id: 'k', locationIds: ['loc-a', 'loc-b', 'loc-a'] })).toEqual(['loc', 'loc:loc-a', 'loc:loc-b'])
    expect(scopeTags('studydays', { id: 's' })).toEqual(['*'])
    expect(scopeTags('notices', { id: 'n', deviceId: 'pc-1', locationId: 'loc-a' })).toEqual(['device:pc-1'])
    expect(scopeTags('absences', { id: 'a' })).toEqual([])
    expect(callerTags({ deviceId: 'pc-1', locations: ['loc-a'] })).toEqual(['*', 'device:pc-1', 'loc:loc-a'])
    expect(callerTags({ deviceId: 'pc-1', locations: 'all' })).toEqual(['*', 'device:pc-1', 'loc'])
  })
})
