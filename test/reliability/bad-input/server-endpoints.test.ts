// Every route of the server's OpenAPI document gets fuzzed path params, query strings, headers and
// bodies, with and without valid tokens of several kinds. A route added later is covered by reading
// the document, not a list here. Whatever arrives: never a 5xx; a refusal is the documented JSON
// (stable code, Dutch message, no stack, no secret, no child's data) and leaves the database as it was.
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type PushResponse } from '../../../shared/sync'
import { describeOnDatabases } from '../../support/pg-databases'
import { absence, attendanceDay, credit, entry, request, studyDay } from '../../server/sync/checks/documents'
import { fuzzOptions, fuzzOptionsFor, fuzzRuns, fuzzTimeout } from './fuzz-runs'
import { deeplyNested, oddText, oddValue } from './hostile-values'
import { authKinds, expectRefusal, openServerStack, type AuthKind, type ServerStack } from './server-stack'

interface Schema {
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  enum?: unknown[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  format?: string
  minimum?: number
  minItems?: number
}
interface Parameter { in: 'path' | 'query' | 'header'; name: string; schema?: Schema }
interface Operation {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { content?: Record<string, unknown> }>
}
interface Route { method: string; path: string; op: Operation }

/** Values a field of that name takes when valid here: the fuzz then reaches past the first check. */
const knownValues: Record<string, string[]> = {
  id: ['anouk.devries', 'marieke.jansen'], childId: ['kind-fuzz', 'kind-1'], month: ['2026-03', '2026-13'], collection: ['attendance', 'children', 'studydays'],
  staffId: ['anouk.devries', 'marieke.jansen'], confirm: ['kind-fuzz'], format: ['csv', 'json'], locationId: ['loc-a'],
}

/** A value that fits `schema` as far as a JSON schema says (patterns aside): the start of a valid-shaped body. */
function example(schema: Schema | undefined, name = ''): unknown {
  if (!schema) return {}
  if (schema.enum) return schema.enum[0]
  const alternative = schema.anyOf?.[0] ?? schema.oneOf?.[0]
  if (alternative) return example(alternative, name)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object': return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, example(s, k)]))
    case 'array': return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => example(schema.items, name))
    case 'integer': case 'number': return schema.minimum ?? 1
    case 'boolean': return true
    case 'null': return null
    case 'string': return knownValues[name]?.[0] ?? (schema.format === 'date' ? '2026-11-23' : schema.format === 'date-time' ? '2026-11-23T09:00:00.000Z' : 'x')
    default: return {}
  }
}

/** A body: the route's own shape with one field broken, or junk of any kind, as JSON or raw text. */
function body(schema: Schema | undefined): fc.Arbitrary<{ payload?: string; contentType?: string; what: string }> {
  const base = example(schema)
  const keys = typeof base === 'object' && base !== null && !Array.isArray(base) ? Object.keys(base) : []
  const asJson = (value: unknown, what: string) => ({ payload: JSON.stringify(value), contentType: 'application/json', what })
  const mutated = keys.length === 0 ? fc.constant(asJson(base, 'the example')) : fc.oneof(
    fc.tuple(fc.constantFrom(...keys), oddValue).map(([k, v]) => asJson({ ...(base as object), [k]: v }, `field ${k} odd`)),
    fc.constantFrom(...keys).map((k) => {
      const copy = { ...(base as Record<string, unknown>) }
      delete copy[k]
      return asJson(copy, `field ${k} missing`)
    }),
    fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...(Object.values(knownValues).flat()))).map(([k, v]) => asJson({ ...(base as object), [k]: v }, `field ${k} known`)),
    fc.constantFrom(...keys).map((k) => asJson({ ...(base as object), [k]: String((base as Record<string, unknown>)[k]) }, `field ${k} as text`)),
  )
  const raw = (payload: string, what: string, contentType = 'application/json') => ({ payload, contentType, what })
  return fc.oneof(
    fc.constant({ what: 'no body' }),
    mutated,
    mutated,
    oddValue.map((v) => asJson(v, 'junk JSON')),
    fc.constantFrom(
      raw('', 'empty JSON'), raw('{', 'cut JSON'), raw('{"a":1,}', 'trailing comma'), raw('\u0000', 'NUL'), raw('nul', 'not JSON'),
      raw(`{"__proto__":{"isAdmin":true},${JSON.stringify(base).slice(1)}`, '__proto__ key'),
      raw(`{"constructor":{"prototype":{"isAdmin":true}}}`, 'constructor.prototype key'),
      // Written out: JSON.stringify itself runs out of stack on such a value.
      raw(`${'{"a":['.repeat(5_000)}1${']}'.repeat(5_000)}`, 'nested 10000 deep'),
      raw(JSON.stringify({ ...(base as object), deep: deeplyNested(200) }), 'a field nested 200 deep'),
      raw(JSON.stringify(base), 'text/plain', 'text/plain'), raw('a=1&b=2', 'form', 'application/x-www-form-urlencoded'),
      raw(JSON.stringify(base), 'json as latin1', 'application/json; charset=latin1'),
      raw('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', 'multipart', 'multipart/form-data; boundary=x'),
      raw(JSON.stringify(base), 'json without content type', ''),
      raw(JSON.stringify({ ...(base as object), extra: 'x'.repeat(200_000) }), 'large field'),
    ),
  )
}

/** A path segment as a client might send it: valid, odd text encoded, or raw broken escapes. */
function segment(name: string, schema: Schema | undefined): fc.Arbitrary<string> {
  const encode = (s: string) => {
    try { return encodeURIComponent(s) } catch { return '%ED%A0%80' } // a lone surrogate: invalid UTF-8 on the wire
  }
  return fc.oneof(
    fc.constantFrom(...(knownValues[name] ?? ['x']), ...((schema?.enum ?? []) as string[])).map(encode),
    oddText.filter((s) => s.length < 5_000).map(encode),
    fc.constantFrom('%', '%zz', '%00', '..', '%2e%2e', '%2F', 'a%2Fb', '%C0%AF', ' ', '%20'),
  )
}

const headerText = fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s))

function requestFor(route: Route): fc.Arbitrary<{ url: string; headers: Record<string, string>; payload?: string; auth: AuthKind; what: string }> {
  const params = route.op.parameters ?? []
  const pathParams = params.filter((p) => p.in === 'path')
  const queryNames = params.filter((p) => p.in === 'query').map((p) => p.name)
  const jsonSchema = route.op.requestBody?.content?.['application/json']?.schema
  // An event stream with a valid PC never ends: only its refusals are fuzzed here (events-route tests cover the stream).
  const streams = Object.values(route.op.responses ?? {}).some((r) => r.content && 'text/event-stream' in r.content)
  const auth = fc.constantFrom(...authKinds.filter((k) => !(streams && k === 'device')))
  const query = fc.oneof(
    fc.constant(''),
    fc.dictionary(fc.constantFrom(...queryNames, 'x', '__proto__', 'constructor'), oddText.filter((s) => s.length < 2_000), { maxKeys: 3 })
      .map((q) => Object.entries(q).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '?'))}`).join('&')),
    fc.constantFrom('a[b]=1&a[b]=2', '__proto__[x]=1', 'childId=a&childId=b', '=', '&&&', '%', 'childId=%00'),
  )
  return fc.record({
    segments: fc.tuple(...pathParams.map((p) => segment(p.name, p.schema))),
    query,
    auth,
    protocol: fc.oneof(fc.constant(String(PROTOCOL_VERSION)), fc.constant(undefined), headerText),
    extra: fc.dictionary(fc.constantFrom('x-locatiedesk-device', 'accept', 'accept-encoding', 'x-forwarded-for', 'content-encoding', 'transfer-encoding-x'), headerText, { maxKeys: 2 }),
    body: route.method === 'GET' ? fc.constant({ what: 'no body' } as { payload?: string; contentType?: string; what: string }) : body(jsonSchema),
  }).map(({ segments, query, auth: kind, protocol, extra, body: b }) => {
    let path = route.path
    pathParams.forEach((p, i) => { path = path.replace(`{${p.name}}`, segments[i] ?? '') })
    const headers: Record<string, string> = { ...extra }
    if (protocol !== undefined) headers[PROTOCOL_HEADER] = protocol
    if (b.contentType) headers['content-type'] = b.contentType
    return {
      url: query === '' ? path : `${path}?${query}`, headers, auth: kind,
      what: `${route.method} ${path}${query ? `?${query.slice(0, 100)}` : ''} auth=${kind} protocol=${protocol} body=${b.what}: ${(b.payload ?? '').slice(0, 200)}`,
      ...(b.payload === undefined ? {} : { payload: b.payload }),
    }
  })
}

const short = 6
const runs = fuzzRuns(short)

describeOnDatabases('bad input at every server endpoint', (current) => {
  let stack: ServerStack
  let routes: Route[]

  beforeAll(async () => {
    stack = await openServerStack(current().db)
    const doc = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, Record<string, Operation>> }>()
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })))
  }, 60_000)
  afterAll(async () => {
    await stack?.close()
  })
  // describeOnDatabases empties the tables before each test: seed again.
  const fresh = () => stack.reseed()

  it('reads the routes from the OpenAPI document', async () => {
    await fresh()
    expect(routes.length).toBeGreaterThan(15)
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('POST /sync/{collection}/push')
  })

  it('answers every fuzzed request without a 5xx; a refusal is documented JSON and changes nothing', async () => {
    await fresh()
    let refusals = 0
    for (const route of routes) {
      await fc.assert(fc.asyncProperty(requestFor(route), async (req) => {
        const before = await stack.snapshot()
        const res = await stack.app.inject({
          method: route.method as 'GET', url: req.url, headers: { ...req.headers, ...stack.auth(req.auth) },
          ...(req.payload === undefined ? {} : { payload: req.payload }),
        })
        expect(res.statusCode, `${req.what}\n→ ${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(500)
        if (res.statusCode >= 400) {
          refusals++
          expectRefusal(res, stack.secrets(), req.what)
          expect(await stack.snapshot(), `${req.what}: a refusal changed the database`).toBe(before)
        } else if (route.method !== 'GET') {
          // Allowed to change things (a sign-out, a registered PC): start the next run from the seed again.
          await stack.reseed()
        }
      }), fuzzOptionsFor(runs))
    }
    // The fuzz must reach refusals, or it proves nothing about them.
    expect(refusals).toBeGreaterThan(routes.length)
  }, fuzzTimeout(40_000, short))

  it('refuses valid-shaped but wrong pushes row by row, storing nothing but the notices', async () => {
    await fresh()
    const device = stack.auth('device')
    const headers = { ...device, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) }
    const wrong: { collection: string; doc: Record<string, unknown>; what: string }[] = [
      { collection: 'absences', doc: absence({ date: '2026-02-30' }), what: 'date 2026-02-30' },
      { collection: 'absences', doc: { ...absence(), id: '' }, what: 'empty id' },
      { collection: 'absences', doc: { ...absence(), id: 'x'.repeat(5_000) }, what: 'huge id' },
      { collection: 'attendance', doc: attendanceDay([entry('kind-1', { checkIn: '2026-11-23T25:00:00.000Z' })]), what: 'check-in 25:00' },
      { collection: 'attendance', doc: attendanceDay([entry('kind-1', { checkIn: '25:00' })]), what: 'time without a date' },
      { collection: 'ledger', doc: credit('tegoed-neg', -5), what: 'negative hours' },
      { collection: 'ledger', doc: credit('tegoed-nan', Number.NaN), what: 'NaN hours (null in JSON)' },
      { collection: 'requests', doc: request({ hours: -3, submittedVia: 'medewerker', by: 'sanne.jansen', device: 'pc-goverwelle-1', at: '2026-11-23T08:55:00.000Z' }), what: 'request of -3 hours' },
      { collection: 'requests', doc: request({ date: '2026-11-31', submittedVia: 'medewerker' }), what: 'date 2026-11-31' },
      { collection: 'studydays', doc: studyDay({ date: '2026-13-01' }), what: 'month 13' },
      { collection: 'studydays', doc: { ...studyDay(), by: 'iemand-anders' }, what: 'an author who is no staff' },
    ]
    await fc.assert(fc.asyncProperty(fc.subarray(wrong, { minLength: 1, maxLength: 4 }), async (rows) => {
      const before = await current().db.query("SELECT collection, id, seq::text FROM documents WHERE collection <> 'notices' ORDER BY collection, id")
      for (const { collection, doc, what } of rows) {
        const res = await stack.app.inject({ method: 'POST', url: `/sync/${collection}/push`, headers, payload: { rows: [{ newDocumentState: doc }] } })
        expect(res.statusCode, what).toBe(200)
        const answer = res.json<PushResponse>()
        if (typeof doc.id === 'string' && doc.id !== '') {
          expect(answer.refused?.map((r) => r.id), what).toEqual([doc.id])
          for (const r of answer.refused ?? []) expect(r.message, what).not.toMatch(/\n\s+at |\.ts:\d+/)
        }
      }
      const after = await current().db.query("SELECT collection, id, seq::text FROM documents WHERE collection <> 'notices' ORDER BY collection, id")
      expect(after).toEqual(before)
    }), fuzzOptions(8))
  }, fuzzTimeout(30_000, 8))
})
