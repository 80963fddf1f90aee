// POST /import: `import forceren` (F10) by customer service, with the export's content in the body.
// Answers the report (200), or the file's problems with their line numbers (400, nothing written).
// The app is also given `imports.run`, the same import on the app's own publisher, for the schedule
// (import-schedule.ts): every writer of one server announces through one publisher, in commit order.
import type { FastifyInstance } from 'fastify'
import { can } from '../../shared/rules'
import { authenticate, bearerToken } from '../auth/authenticate'
import type { Db } from '../db/db'
import { security } from '../routes/openapi'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { loadImportConfig } from './import-config'
import { importBodySchema, importErrorSchema, importReportSchema } from './import-schemas'
import { runImport, type ImportInput, type ImportOutcome } from './run-import'

export interface ImportRouteDeps {
  db: Db
  publisher: OrderedPublisher
  now?: () => Date
  /** Largest content accepted (characters); default from IMPORT_MAX_MB (import-config.ts). */
  maxBytes?: number
}

export interface ImportRunner {
  run(input: ImportInput): Promise<ImportOutcome>
}

declare module 'fastify' {
  interface FastifyInstance {
    imports: ImportRunner
  }
}

export const importMessages = {
  signedOut: 'Niet aangemeld',
  notAllowed: 'Alleen klantenservice kan een import forceren',
} as const

export function registerImportRoutes(app: FastifyInstance, deps: ImportRouteDeps): void {
  const now = deps.now ?? (() => new Date())
  const maxBytes = deps.maxBytes ?? loadImportConfig().maxBytes
  const runner: ImportRunner = { run: (input) => runImport({ db: deps.db, publisher: deps.publisher }, input, now) }
  app.decorate('imports', runner)

  app.post<{ Body: ImportInput }>('/import', {
    // The content travels JSON-escaped: a CSV's quotes and line ends take two characters each.
    bodyLimit: maxBytes * 2 + 4096,
    schema: {
      tags: ['import'],
      security: security.staff,
      summary: 'Import forceren (F10): locaties, groepen, kinderen, ouders en plaatsingen uit de export van het planningssysteem',
      body: importBodySchema(maxBytes),
      response: { 200: importReportSchema, 400: importErrorSchema, 401: importErrorSchema, 403: importErrorSchema },
    },
  }, async (request, reply) => {
    const actor = await authenticate(deps.db, bearerToken(request.headers.authorization), now())
    if (actor === null) return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', code: 'niet-aangemeld', message: importMessages.signedOut })
    if (!can(actor.role, 'import.forceren')) {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', code: 'geen-recht', message: importMessages.notAllowed })
    }
    const outcome = await runner.run(request.body)
    request.log.info({ ok: outcome.ok, ...(outcome.ok ? { counts: outcome.report.counts } : { errorCount: outcome.errorCount }) }, 'import forceren')
    if (outcome.ok) return reply.code(200).send(outcome.report)
    return reply.code(400).send({
      statusCode: 400, error: 'Bad Request', code: 'import-ongeldig',
      message: `Het bestand is niet ingelezen: ${outcome.errorCount} ${outcome.errorCount === 1 ? 'fout' : 'fouten'}; er is niets opgeslagen`,
      errors: outcome.errors, errorCount: outcome.errorCount,
    })
  })
}
