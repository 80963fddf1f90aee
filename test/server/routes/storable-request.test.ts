// Text PostgreSQL cannot store (a NUL, a lone UTF-16 surrogate) in a request's URL or body is refused
// before any route reaches the database: a 400 with a Dutch reason, not a 500. A push and an import judge
// it themselves (per document with a notice, hostile-push.test.ts; per line or path, run-import.test.ts).
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { buildApp } from '../../../server/app'
import { hasUnstorableText } from '../../../server/sync/storable-text'
import { describeOnDatabases } from '../../support/pg-databases'

/** {"a":[{"a":[…]}]} nested `depth` times around `inner`. */
function nested(depth: number, inner: unknown): unknown {
  let value = inner
  for (let i = 0; i < depth; i++) value = { a: [value] }
  return value
}

it('finds unstorable text however deep a body nests, without running out of stack', () => {
  expect(hasUnstorableText(nested(100_000, 'gewoon'))).toBe(false)
  expect(hasUnstorableText(nested(100_000, 'a\uD800'))).toBe(true)
  expect(hasUnstorableText(nested(100_000, { ['\u0000']: 1 }))).toBe(true)
})

describeOnDatabases('unstorable text in a request', (current) => {
  let app: FastifyInstance
  beforeEach(() => {
    app = buildApp({ db: current().db })
  })
  afterEach(async () => {
    await app.close()
  })

  it.each(['\uD800', 'a\uDFFFb', 'x\u0000y'])('a body field holding %j is refused with a Dutch reason and a 400', async (text) => {
    const reply = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: text, password: 'geheim-wachtwoord' } })
    expect(reply.statusCode).toBe(400)
    expect(reply.json()).toMatchObject({ code: 'onleesbaar-teken', message: 'Het verzoek bevat een teken dat de server niet kan verwerken' })
  })

  it('a body nested 10,000 deep is answered by its route, not with a 500', async () => {
    // Written as text: JSON.stringify itself runs out of stack on it.
    const payload = '{"a":['.repeat(10_000) + '"x"' + ']}'.repeat(10_000)
    const reply = await app.inject({ method: 'POST', url: '/auth/sign-in', headers: { 'content-type': 'application/json' }, payload })
    expect(reply.statusCode).toBeLessThan(500)
  })

  it('a body key holding one is refused too; a body without one reaches the route', async () => {
    const keyed = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: 'x', password: 'y', '\uD800': 1 } })
    expect(keyed.json()).toMatchObject({ code: 'onleesbaar-teken' })
    const plain = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: 'niemand', password: 'geheim-wachtwoord' } })
    expect(plain.statusCode).not.toBe(400)
    expect(plain.json().code).not.toBe('onleesbaar-teken')
  })
})
