// PostgreSQL's text and jsonb cannot hold the NUL character (U+0000): a file with one in any field passed
// every check and then failed at the write with the database's English error (found by the import fuzz,
// test/reliability/bad-input). Refused here, with the other problems of the file, at the field's place.
import { issueAt, type ImportIssue, type ImportSet, type Source } from './import-set'

function isSource(value: unknown): value is Source {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { line?: unknown; path?: unknown }
  return typeof v.line === 'number' || typeof v.path === 'string'
}

/** Every field of the file holding a NUL character, at the place of the record (or row) it came from. */
export function unstorableText(set: ImportSet): ImportIssue[] {
  const issues: ImportIssue[] = []
  const visit = (value: unknown, source: Source): void => {
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        issues.push(issueAt(source, 'ongeldig-teken', `Een veld bevat een teken dat niet kan worden opgeslagen (NUL, U+0000)`))
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, source)
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>
      const own = isSource(record.source) ? record.source : source
      for (const [key, item] of Object.entries(record)) if (key !== 'source') visit(item, own)
    }
  }
  for (const location of set.locations) visit(location, location.source)
  for (const child of set.children) visit(child, child.source)
  return issues
}
