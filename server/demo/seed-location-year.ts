// The benchmark's workload (DESIGN §4): one busy location with a year of attendance (about 50,000
// child-day records in about 2,000 group-day documents, shared/demo's locationYearDocuments) put on
// the server, to measure a new PC's first sync against it.
import type { Db } from '../db/db'
import { locationYearDocuments } from '../../shared/demo'
import { insertInBatches } from './document-batches'

export interface LocationYearOptions {
  seed?: number
  /** yyyy-MM-dd; the year of history ends the day before. */
  today: string
  batchSize?: number
}

export interface LocationYearResult {
  counts: Record<string, number>
  /** Child-day records inside the attendance documents: the number the benchmark is sized by. */
  attendanceRecords: number
}

export async function seedLocationYear(db: Db, options: LocationYearOptions): Promise<LocationYearResult> {
  const docs = locationYearDocuments(options.seed ?? 1, options.today)
  const attendanceRecords = docs.attendance.reduce((n, day) => n + day.entries.length, 0)
  const counts = await insertInBatches(db, docs, { author: 'bench', device: null, clientTime: null }, options.batchSize)
  return { counts, attendanceRecords }
}
