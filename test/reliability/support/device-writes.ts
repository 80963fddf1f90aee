// What one PC wrote by itself, read from its IndexedDB before and after a step made through a form:
// the documents of the fact collections its device stored or changed (absences, credits, requests and
// what they reserved), and the decisions its user took on requests. What other PCs' changes bring in
// while the step runs carries their device, not this one, so it is never counted as this step's.
import type { Page } from '@playwright/test'
import { bounded } from './bounded'
import { factCollections, type DecisionChange, type FactChange } from './change-ledger'
import { localCollection, sameContent, type StoredDoc } from './stored-documents'

export interface DeviceWrites {
  /** `collection/id` → the document's content, for documents this device wrote. */
  facts: Map<string, StoredDoc>
  /** `requestId|status|at` of the decisions this user took on this device. */
  decisions: Map<string, { requestId: string; from: string; status: string; at: string }>
}

export interface Writer {
  page: Page
  userId: string
  deviceId: string
}

export async function deviceWrites(at: Writer): Promise<DeviceWrites> {
  const writes: DeviceWrites = { facts: new Map(), decisions: new Map() }
  for (const collection of factCollections) {
    const docs = await bounded(`reading ${collection} in the page`, 30_000, localCollection(at.page, collection))
    for (const { _rev: _r, _meta: _m, ...doc } of docs) {
      if (doc._deleted === true || doc._deleted === 1) continue
      if (doc.device === at.deviceId) writes.facts.set(`${collection}/${String(doc.id)}`, doc)
      if (collection !== 'requests' || !Array.isArray(doc.decisions)) continue
      // Each decision is taken on the state the one before it left (R20: the list has no cycles).
      let from = 'ingediend'
      for (const d of doc.decisions as StoredDoc[]) {
        const decision = { requestId: String(doc.id), from, status: String(d.status), at: String(d.at) }
        from = decision.status
        if (d.by !== at.userId || d.device !== at.deviceId) continue
        writes.decisions.set(`${decision.requestId}|${decision.status}|${decision.at}`, decision)
      }
    }
  }
  return writes
}

/** The changes a step saved: what this PC wrote between `before` and `after`. */
export function savedBetween(before: DeviceWrites, after: DeviceWrites, step: { pc: string; step: number; userId: string }): (FactChange | DecisionChange)[] {
  const facts = [...after.facts].filter(([key, doc]) => !sameContent(before.facts.get(key), doc)).map(([key]): FactChange => {
    const [collection, ...id] = key.split('/')
    return { kind: 'fact', pc: step.pc, step: step.step, collection: collection as FactChange['collection'], id: id.join('/') }
  })
  const decisions = [...after.decisions].filter(([key]) => !before.decisions.has(key))
    .map(([, d]): DecisionChange => ({ kind: 'decision', pc: step.pc, step: step.step, by: step.userId, ...d }))
  return [...facts, ...decisions]
}
