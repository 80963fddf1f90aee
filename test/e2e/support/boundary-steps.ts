// The systems around Locatiedesk as the boundaries spec plays them (SPEC §5): the planning system's
// export (F10), the parent portal (Bearer PORTAL_TOKEN), customer service's HTTP calls; and a look
// at everything a PC keeps in IndexedDB, to prove a deleted child left nothing behind on it.
import type { Page } from '@playwright/test'

export interface HttpAnswer<T> {
  status: number
  body: T
}

/** A JSON call to the server, answered with its status and parsed body (errors are answers too). */
export async function callJson<T>(url: string, a: { method?: 'GET' | 'POST'; token?: string; body?: unknown } = {}): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = {}
  if (a.token !== undefined) headers.authorization = `Bearer ${a.token}`
  if (a.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(url, {
    method: a.method ?? (a.body === undefined ? 'GET' : 'POST'), headers,
    ...(a.body !== undefined ? { body: JSON.stringify(a.body) } : {}),
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** One new child placed on one weekday in one stored group, as the planning system exports it (docs/import). */
export interface ExportedChild {
  id: string
  firstName: string
  lastName: string
  birthDate: string
  parent: { name: string; phone: string; email: string }
  placement: { id: string; groupId: string; weekday: number; dayPart: string; start: string }
}

export function exportFile(child: ExportedChild, exportedAt: string): string {
  return JSON.stringify({
    format: 'locatiedesk-import', version: 1, exportedAt,
    // The group is already stored: a file about children only names no locations.
    locations: [],
    children: [{
      id: child.id, firstName: child.firstName, lastName: child.lastName, birthDate: child.birthDate, taxi: false,
      parents: [{ rank: 1, name: child.parent.name, phones: [child.parent.phone], emails: [child.parent.email] }],
      placements: [{
        id: child.placement.id, groupId: child.placement.groupId, contract: 'standaard', weekdays: [child.placement.weekday],
        dayParts: [child.placement.dayPart], start: child.placement.start,
      }],
    }],
  }, null, 2)
}

export interface StoreHits {
  database: string
  store: string
  rows: number
  /** The needles found in the JSON of this store's rows. */
  found: string[]
}

/**
 * Every object store of every IndexedDB database the page can see (RxDB's collections, its
 * replication meta stores, local documents, anything else), every row read and turned into JSON, and
 * for each store which of the needles that JSON contains. Searched in the page: the rows stay there.
 */
export async function searchIndexedDb(page: Page, needles: readonly string[]): Promise<StoreHits[]> {
  return page.evaluate(async (wanted) => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const hits: StoreHits[] = []
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue
      const db = await request(indexedDB.open(info.name))
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          const rows = await request(db.transaction(store, 'readonly').objectStore(store).getAll())
          const json = JSON.stringify(rows)
          hits.push({ database: info.name, store, rows: rows.length, found: wanted.filter((n) => json.includes(n)) })
        }
      } finally {
        db.close()
      }
    }
    return hits
  }, [...needles])
}
