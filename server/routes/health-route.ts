// Liveness and the server's clock: the PC measures its clock offset with it (SPEC §4).
import type { FastifyInstance } from 'fastify'
import type { HealthResponse } from '../../shared/sync'

const healthResponse = {
  type: 'object',
  required: ['ok', 'serverTime', 'version'],
  properties: {
    ok: { type: 'boolean' },
    serverTime: { type: 'string', format: 'date-time', description: 'The server clock (the PC measures its offset with it)' },
    version: { type: 'string', description: 'The server package version' },
  },
} as const

export function registerHealthRoute(app: FastifyInstance, version: string, now: () => Date = () => new Date()): void {
  app.get('/health', {
    schema: { tags: ['health'], summary: 'Liveness, server time and version (no auth)', response: { 200: healthResponse } },
  }, async (): Promise<HealthResponse> => ({ ok: true, serverTime: now().toISOString(), version }))
}
