// Reads what one month's billing needs from the documents table: the month's approved requests, the
// processed sign-up lines of that month with their lines, and the children and locations they name.
// Deleted documents never count. The selection itself is billable-items.ts.
import type { Child, JournalEntry, Location, Request, SignupLine } from '../../shared/domain'
import type { Queryable } from '../db/db'
import { billableItems, type BillableItem, type BillingDocuments } from './billable-items'
import { monthRange } from './billing-month'

export async function readBillingDocuments(q: Queryable, month: string): Promise<BillingDocuments> {
  const { from, until } = monthRange(month)
  const requests = await docs<Request>(q,
    `SELECT data FROM documents
      WHERE collection = 'requests' AND NOT deleted AND data->>'status' = 'goedgekeurd'
        AND data->>'date' >= $1 AND data->>'date' < $2`, [from, until])
  // A decision's date is its line's date (line-decision.ts); one without a date is judged by its line.
  const journal = await docs<JournalEntry>(q,
    `SELECT data FROM documents
      WHERE collection = 'journal' AND NOT deleted AND data->>'kind' = 'verwerkt'
        AND (data->>'date' IS NULL OR (data->>'date' >= $1 AND data->>'date' < $2))`, [from, until])
  const signupLines = await byIds<SignupLine>(q, 'signuplines', journal.map((f) => f.targetId))
  const childIds = [...requests.map((r) => r.childId), ...signupLines.map((l) => l.childId)]
  const children = await byIds<Child>(q, 'children', childIds)
  const locations = await docs<Location>(q, `SELECT data FROM documents WHERE collection = 'locations' AND NOT deleted`, [])
  return { requests, signupLines, journal, children, locations }
}

export async function readBillableItems(q: Queryable, month: string): Promise<BillableItem[]> {
  return billableItems(month, await readBillingDocuments(q, month))
}

async function docs<T>(q: Queryable, sql: string, params: readonly unknown[]): Promise<T[]> {
  return (await q.query<{ data: T }>(sql, params)).map((r) => r.data)
}

async function byIds<T>(q: Queryable, collection: string, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  // The ids travel as one JSON array parameter: the same SQL on pg and PGlite, whatever the count.
  return docs<T>(q,
    `SELECT data FROM documents
      WHERE collection = $1 AND NOT deleted AND id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [collection, JSON.stringify(unique)])
}
