// Revoking a PC ends what it has open on this server instance at once (its event stream); other
// instances notice at their next check of the stream's token (events-route.ts).
export interface DeviceRevocations {
  revoked(deviceId: string): void
  /** Returns the unsubscribe function. */
  onRevoked(listener: (deviceId: string) => void): () => void
}

export function createDeviceRevocations(): DeviceRevocations {
  const listeners = new Set<(deviceId: string) => void>()
  return {
    revoked(deviceId) {
      for (const listener of [...listeners]) listener(deviceId)
    },
    onRevoked(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
