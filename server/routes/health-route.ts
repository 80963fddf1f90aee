// Liveness and the server's clock: the PC measures its clock offset with it (SPEC §4).
import type { FastifyInstance } from 'fastify'
import type { HealthResponse } from '../../shared/sync'

export function registerHealthRoute(app: FastifyInstance, version: string): void {
  app.get('/health', async (): Promise<HealthResponse> => ({ ok: true, serverTime: new Date().toISOString(), version }))
}
