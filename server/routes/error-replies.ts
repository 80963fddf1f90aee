// Refusals the framework makes before a route runs (broken JSON, a body that fails its schema, a wrong
// content type, an unknown path) and errors no route caught. Fastify answers those in English with
// its own codes (FST_ERR_…), and a 500 would carry the error's own text (SQL, a file path); the PC
// shows `message` to staff (electron/main/services/server-client.ts). So every such answer here is
// the documented ErrorBody: a stable Dutch code and a Dutch message, nothing of the error's insides.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '../../shared/api/server-http'

const statusText: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  408: 'Request Timeout', 409: 'Conflict', 411: 'Length Required', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  500: 'Internal Server Error', 503: 'Service Unavailable',
}

export const errorReplies = {
  notFound: { code: 'niet-gevonden', message: 'Dit adres bestaat niet op de server' },
  invalidJson: { code: 'ongeldige-json', message: 'De inhoud is geen geldige JSON' },
  emptyBody: { code: 'lege-inhoud', message: 'De inhoud ontbreekt' },
  mediaType: { code: 'verkeerd-inhoudstype', message: 'Dit soort inhoud neemt de server niet aan: stuur JSON' },
  tooLarge: { code: 'te-groot', message: 'De inhoud is groter dan de server aanneemt' },
  invalid: { code: 'ongeldig-verzoek', message: 'Het verzoek klopt niet' },
  server: { code: 'serverfout', message: 'Er ging iets mis op de server; probeer het later opnieuw' },
} as const

/** Where a schema refused the request, in the words of the part that was wrong (no values echoed back). */
const partNames: Readonly<Record<string, string>> = { body: 'de inhoud', querystring: 'de zoekvraag', params: 'het adres', headers: 'de kopregels' }

function validationMessage(error: FastifyError): string {
  const first = error.validation?.[0]
  const part = partNames[error.validationContext ?? ''] ?? 'het verzoek'
  // instancePath names a field of the request's own shape (e.g. /rows/0/newDocumentState), never a value.
  const field = first?.instancePath ? ` (veld ${first.instancePath.slice(0, 200)})` : ''
  return `${errorReplies.invalid.message}: ${part} heeft niet de verwachte vorm${field}`
}

function replyFor(error: FastifyError): { status: number; code: string; message: string } {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
  if (error.validation) return { status: 400, code: errorReplies.invalid.code, message: validationMessage(error) }
  switch (error.code) {
    case 'FST_ERR_BAD_URL': return { status, code: 'ongeldig-adres', message: 'Het adres van het verzoek klopt niet' }
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return { status, ...errorReplies.invalidJson }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return { status, ...errorReplies.emptyBody }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return { status, ...errorReplies.mediaType }
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return { status, ...errorReplies.tooLarge }
  }
  // secure-json-parse refuses `__proto__` / `constructor.prototype` keys with a plain SyntaxError (400).
  if (error instanceof SyntaxError && status === 400) return { status, ...errorReplies.invalidJson }
  if (status >= 500) return { status, ...errorReplies.server }
  return { status, ...errorReplies.invalid }
}

/** Fastify's `frameworkErrors` option: a URL it cannot decode (`/staff/%`) is refused before any route or hook. */
export function frameworkErrorReply(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, code, message } = replyFor(error)
  const body: ErrorBody = { statusCode: status, error: statusText[status] ?? 'Error', code, message }
  void reply.code(status).send(body)
}

export function registerErrorReplies(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => {
    const body: ErrorBody = { statusCode: 404, error: 'Not Found', ...errorReplies.notFound }
    return reply.code(404).send(body)
  })
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code, message } = replyFor(error)
    // The details go to the server's log, never to the caller.
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: error.code, status }, 'request refused')
    const body: ErrorBody = { statusCode: status, error: statusText[status] ?? 'Error', code, message }
    return reply.code(status).send(body)
  })
}
