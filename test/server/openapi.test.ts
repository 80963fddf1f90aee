// GET /openapi.json: an OpenAPI 3 document generated from the route schemas that lists every route
// the app registers (compared with Fastify's own route table), each with tags, a summary and its
// responses, and only security schemes it declares. The app is built on a database that refuses
// every use: describing the API must not touch data.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import type { Db } from '../../server/db/db'
import { serverVersion } from '../../server/version'

const untouchable: Db = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('the OpenAPI document must not query the database')),
  exec: () => Promise.reject(new Error('the OpenAPI document must not query the database')),
  tx: () => Promise.reject(new Error('the OpenAPI document must not query the database')),
  close: () => Promise.resolve(),
}

interface Operation { tags?: string[]; summary?: string; responses?: Record<string, unknown>; security?: Record<string, unknown>[]; parameters?: { in: string; name: string }[] }
interface Document {
  openapi: string
  info: { title: string; version: string }
  paths: Record<string, Record<string, Operation>>
  components: { securitySchemes: Record<string, { type: string; scheme?: string }> }
}

let app: FastifyInstance
let doc: Document
beforeAll(async () => {
  app = buildApp({ db: untouchable })
  await app.ready()
  const res = await app.inject({ method: 'GET', url: '/openapi.json' })
  expect(res.statusCode).toBe(200)
  doc = res.json()
})
afterAll(async () => {
  await app.close()
})

/** "METHOD /path/{param}" of every route in Fastify's printed route tree (HEAD is Fastify's own twin of GET). */
function registeredRoutes(tree: string): string[] {
  const stack: string[] = []
  const out: string[] = []
  for (const line of tree.split('\n')) {
    const found = /^([│├└─ ]*)(\S+)(?: \(([^)]*)\))?$/.exec(line)
    if (found === null) continue
    const depth = (found[1] ?? '').length / 4
    const full = (depth > 0 ? stack[depth - 1] ?? '' : '') + (found[2] ?? '')
    stack[depth] = full
    for (const method of (found[3] ?? '').split(',').map((m) => m.trim()).filter((m) => m !== '' && m !== 'HEAD')) {
      out.push(`${method} ${full.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`)
    }
  }
  return out.sort()
}

it('is an OpenAPI 3 document titled and versioned like the server', () => {
  expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/)
  expect(doc.info).toMatchObject({ title: 'Locatiedesk server', version: serverVersion })
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['deviceToken', 'portalToken', 'staffToken'])
  for (const scheme of Object.values(doc.components.securitySchemes)) expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' })
})

it('lists every registered route, and nothing else', () => {
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort()
  const registered = registeredRoutes(app.printRoutes({ commonPrefix: false }))
  expect(registered).toContain('GET /billing/{month}.csv')
  expect(registered).toContain('PATCH /staff/{id}')
  expect(documented).toEqual(registered)
})

it('describes each operation: tags, summary, responses, declared security, every path parameter', () => {
  const schemes = new Set(Object.keys(doc.components.securitySchemes))
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const where = `${method} ${path}`
      expect(op.tags?.length ?? 0, where).toBeGreaterThan(0)
      expect(op.summary ?? '', where).not.toBe('')
      expect(Object.keys(op.responses ?? {}).length, where).toBeGreaterThan(0)
      for (const requirement of op.security ?? []) for (const name of Object.keys(requirement)) expect(schemes.has(name), `${where}: ${name}`).toBe(true)
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
      expect(declared.sort(), where).toEqual(pathParams.sort())
    }
  }
  // Staff, PC and portal routes name their token; the open ones do not.
  expect(doc.paths['/billing/{month}.csv']?.get?.security).toEqual([{ staffToken: [] }])
  expect(doc.paths['/sync/{collection}/push']?.post?.security).toEqual([{ deviceToken: [] }])
  expect(doc.paths['/health']?.get?.security).toBeUndefined()
})

it('is served without a token', async () => {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' })
  expect(res.headers['content-type']).toMatch(/^application\/json/)
})
