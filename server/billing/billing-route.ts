// GET /billing/:month.csv: the month's billable items (SPEC §5, R15) for customer service, the same
// file `npm run billing` writes. Staff token; customer service only: processing sign-up lines into
// bookings is already theirs ('intekenregel.verwerken'), and this export is where those bookings go.
import type { FastifyInstance } from 'fastify'
import type { ErrorBody } from '../../shared/api'
import { can } from '../../shared/rules'
import type { Db } from '../db/db'
import { authenticate, bearerToken } from '../auth/authenticate'
import { errorBody, security } from '../routes/openapi'
import { billingCsv } from './billing-csv'
import { isBillingMonth } from './billing-month'
import { readBillableItems } from './billing-store'

export interface BillingRouteDeps {
  db: Db
  now?: () => Date
}

const params = {
  type: 'object',
  required: ['month'],
  properties: { month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'The month of care, yyyy-MM' } },
} as const

const refusals = {
  401: { statusCode: 401, error: 'Unauthorized', code: 'niet-aangemeld', message: 'Niet aangemeld' },
  403: { statusCode: 403, error: 'Forbidden', code: 'geen-recht', message: 'Alleen klantenservice kan de facturatie exporteren.' },
  400: { statusCode: 400, error: 'Bad Request', code: 'ongeldige-maand', message: 'Geef de maand als jjjj-mm, bijvoorbeeld 2026-11.' },
} as const satisfies Record<number, ErrorBody>

export function registerBillingRoute(app: FastifyInstance, deps: BillingRouteDeps): void {
  const now = deps.now ?? (() => new Date())

  app.get<{ Params: { month: string } }>('/billing/:month.csv', {
    // The Dutch refusal below answers a malformed month instead of the validator's English one.
    attachValidation: true,
    schema: {
      tags: ['billing'],
      summary: 'Billable items of one month of care as CSV (;-separated, UTF-8 with BOM)',
      description: 'Approved requests on invoice (factuur, the invoice part of flexuren+factuur), Q-blocks on invoice and '
        + 'processed sign-up lines billed on invoice, whose care date is in the month; each with its invoice date (R15). '
        + 'Customer service only.',
      security: security.staff,
      params,
      response: {
        200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
        400: errorBody, 401: errorBody, 403: errorBody,
      },
    },
  }, async (request, reply) => {
    const actor = await authenticate(deps.db, bearerToken(request.headers.authorization), now())
    if (actor === null) return reply.code(401).send(refusals[401])
    if (!can(actor.role, 'intekenregel.verwerken')) return reply.code(403).send(refusals[403])
    const { month } = request.params
    if (request.validationError !== undefined || !isBillingMonth(month)) return reply.code(400).send(refusals[400])
    const items = await readBillableItems(deps.db, month)
    request.log.info({ month, items: items.length, by: actor.id }, 'billing export')
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="facturatie-${month}.csv"`)
      .send(billingCsv(items))
  })
}
