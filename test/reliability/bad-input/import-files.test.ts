// The documented example files (docs/import/voorbeeld.csv, voorbeeld.json), mutated at random: lines
// and fields dropped, doubled or garbled, other separators and encodings, cut short, a huge line.
// The import answers either a report (and what it stored is valid) or a list of Dutch reasons with
// a line number (CSV) or a JSON path; a refused file writes nothing at all; it never throws.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { collectionNames, validateDocument, type CollectionName } from '../../../shared/domain'
import { exampleCsv, exampleJson, importer } from '../../server/import/import-fixture'
import { describeOnDatabases } from '../../support/pg-databases'
import { fuzzOptions, fuzzTimeout } from './fuzz-runs'
import { oddText, oddValue } from './hostile-values'

type Edit = (text: string) => string

/** Pieces of text that break a CSV line: separators, quotes, line ends, odd values. */
const cellJunk = fc.oneof(oddText.filter((s) => s.length < 1_000), fc.constantFrom(';', ',', '"', '""', '"a;b"', '\n', '\r\n', '\t', '=cmd|/c calc!A1'))

const lineEdit = (edit: (lines: string[], i: number, j: number, junk: string) => void): fc.Arbitrary<Edit> =>
  fc.tuple(fc.nat(), fc.nat(), cellJunk).map(([a, b, junk]) => (text: string) => {
    const lines = text.split('\n')
    edit(lines, a % lines.length, b % lines.length, junk)
    return lines.join('\n')
  })

const cellEdit = (edit: (cells: string[], k: number, junk: string) => void): fc.Arbitrary<Edit> =>
  fc.tuple(fc.nat(), fc.nat(), cellJunk).map(([a, b, junk]) => (text: string) => {
    const lines = text.split('\n')
    const i = a % lines.length
    const cells = (lines[i] ?? '').split(';')
    edit(cells, b % cells.length, junk)
    lines[i] = cells.join(';')
    return lines.join('\n')
  })

/** Mistakes a file makes on its way from the planning system, as text (both formats). */
const textEdits: fc.Arbitrary<Edit>[] = [
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))), // cut short
  fc.tuple(fc.nat(), cellJunk).map(([n, junk]) => (t: string) => { const i = n % (t.length + 1); return t.slice(0, i) + junk + t.slice(i) }),
  fc.nat().map((n) => (t: string) => { const i = n % Math.max(1, t.length); return t.slice(0, i) + t.slice(i + 1) }), // a character lost
  fc.constant((t: string) => Buffer.from(t, 'utf8').toString('latin1')), // UTF-8 read as Latin-1
  fc.constant((t: string) => Buffer.from(t, 'latin1').toString('utf8')), // Latin-1 read as UTF-8
  fc.constant((t: string) => Buffer.from(t, 'utf16le').toString('utf8')), // UTF-16 read as UTF-8 (NULs everywhere)
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.constant((t: string) => t.replace(/\n/g, '\r')),
  fc.constant((t: string) => `\uFEFF${t}`),
  fc.constant((t: string) => t.replace(/^\uFEFF/, '')),
  fc.constant((t: string) => `${t}\n${'x;'.repeat(100_000)}`), // a huge line
  fc.constant(() => ''),
]

const csvEdits: fc.Arbitrary<Edit>[] = [
  ...textEdits,
  lineEdit((lines, i) => { lines.splice(i, 1) }),
  lineEdit((lines, i) => { lines.splice(i, 0, lines[i] ?? '') }),
  lineEdit((lines, i, j) => { const a = lines[i] ?? ''; lines[i] = lines[j] ?? ''; lines[j] = a }),
  lineEdit((lines, i, _j, junk) => { lines[i] = junk }),
  cellEdit((cells, k) => { cells.splice(k, 1) }),
  cellEdit((cells, k) => { cells.splice(k, 0, cells[k] ?? '') }),
  cellEdit((cells, k, junk) => { cells[k] = junk }),
  cellEdit((cells, k) => { cells[k] = '' }),
  fc.constantFrom(',', '\t', '|', ' ').map((sep) => (t: string) => t.replace(/;/g, sep)),
]

type Json = unknown
/** Every path into a JSON value, so a mutation can land anywhere in the file. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))]
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))]
  return [at]
}
const examplePaths = paths(JSON.parse(exampleJson)).filter((p) => p.length > 0)

function atPath(root: Json, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(root)
  let parent = copy as Record<string | number, Json>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
  change(parent, path[path.length - 1]!)
  return copy
}

const jsonEdits: fc.Arbitrary<Edit>[] = [
  ...textEdits,
  fc.tuple(fc.constantFrom(...examplePaths), oddValue).map(([p, v]) => (t: string) => reJson(t, (j) => atPath(j, p, (o, k) => { o[k] = v }))),
  fc.constantFrom(...examplePaths).map((p) => (t: string) => reJson(t, (j) => atPath(j, p, (o, k) => { if (Array.isArray(o)) o.splice(Number(k), 1); else delete o[k] }))),
  fc.constantFrom(...examplePaths).map((p) => (t: string) => reJson(t, (j) => atPath(j, p, (o, k) => { if (Array.isArray(o)) o.splice(Number(k), 0, o[Number(k)]); else o[`${k}`.toUpperCase()] = o[k] }))),
  fc.constantFrom(...examplePaths).map((p) => (t: string) => reJson(t, (j) => atPath(j, p, (o, k) => { o[k] = typeof o[k] === 'string' ? Number(o[k]) || [o[k]] : String(o[k]) }))),
  fc.constant((t: string) => t.replace('{', '{"__proto__":{"isAdmin":true},')),
]

/** Edits the parsed file when the text is still JSON (an earlier edit may have broken it: then as it is). */
function reJson(text: string, edit: (json: Json) => Json): string {
  try {
    return JSON.stringify(edit(JSON.parse(text.replace(/^\uFEFF/, ''))), null, 2)
  } catch {
    return text
  }
}

/** English words (a library's own message) or internals: a Dutch reason has none. */
const notDutch = /\b(unexpected|token|position|malformed|trailing|quoted|input|must|should|the|not|found|invalid|expected|required|property|allowed|unknown|failed|error|undefined|NaN)\b|\n\s+at |\.ts:\d+/i

/** A reason may quote the file's own value ("…"), which is whatever the file held: only the words around it are ours. */
const withoutQuotedValue = (message: string): string => {
  const first = message.indexOf('"'), last = message.lastIndexOf('"')
  return first >= 0 && last > first ? message.slice(0, first) + message.slice(last + 1) : message
}

describeOnDatabases('bad import files', (current) => {
  async function snapshot(): Promise<string> {
    const rows = await current().db.query('SELECT collection, count(*)::text AS n, max(seq)::text AS seq FROM documents GROUP BY collection ORDER BY collection')
    const counter = await current().db.query('SELECT value::text FROM seq_counter')
    return JSON.stringify([rows, counter])
  }

  for (const format of ['csv', 'json'] as const) {
    it(`answers every mutated ${format} file with a valid import or Dutch reasons, and a refusal writes nothing`, async () => {
      const run = importer(current().db)
      const example = format === 'csv' ? exampleCsv : exampleJson
      const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length
      expect((await run({ format, content: example })).ok, 'the example itself imports').toBe(true)
      const edits = fc.array(fc.oneof(...(format === 'csv' ? csvEdits : jsonEdits)), { minLength: 1, maxLength: 3 })
      let refusals = 0
      await fc.assert(fc.asyncProperty(edits, async (list) => {
        const content = list.reduce((text, edit) => edit(text), example)
        const before = await snapshot()
        const outcome = await run({ format, content })
        if (outcome.ok) {
          // Whatever it stored is a valid document of its collection.
          const rows = await current().db.query<{ collection: string; data: unknown }>('SELECT collection, data FROM documents')
          for (const row of rows) {
            if (!(collectionNames as readonly string[]).includes(row.collection)) continue
            const verdict = validateDocument(row.collection as CollectionName, row.data)
            expect(verdict.ok, `${row.collection}: ${JSON.stringify(verdict)}`).toBe(true)
          }
          return
        }
        refusals++
        const what = `${content.slice(0, 300)}…\n→ ${JSON.stringify(outcome.errors.slice(0, 3))}`
        expect(outcome.errors.length, what).toBeGreaterThan(0)
        expect(outcome.errorCount, what).toBeGreaterThanOrEqual(outcome.errors.length)
        for (const issue of outcome.errors) {
          expect(issue.code, what).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
          expect(issue.message, what).toMatch(/\S/)
          expect(withoutQuotedValue(issue.message), `${what}\nnot Dutch: ${issue.message}`).not.toMatch(notDutch)
          if (format === 'csv') {
            expect(Number.isInteger(issue.line), what).toBe(true)
            expect(issue.line!, what).toBeGreaterThanOrEqual(1)
            expect(issue.line!, what).toBeLessThanOrEqual(lineCount(content) + 1)
          } else {
            expect(issue.path ?? (issue.line !== undefined ? `regel ${issue.line}` : undefined), what).toMatch(/^(\$|regel \d+)/)
          }
        }
        expect(await snapshot(), `${what}\na refused file wrote something`).toBe(before)
      }), fuzzOptions(25))
      expect(refusals).toBeGreaterThan(0)
    }, fuzzTimeout(45_000, 25))
  }
})
