// Why a request to the server failed, in words the bridge can carry (BridgeError.code) and the
// replication can act on: retry later (offline, server) or stop and tell staff (refused, outdated).

export type TransportErrorCode =
  /** No answer: network down, DNS, connection refused or reset, timeout. */
  | 'sync.offline'
  /** The server answered 5xx on every attempt. */
  | 'sync.server'
  /** The server answered 4xx (other than 426): the request itself is wrong; retrying will not help. */
  | 'sync.refused'
  /** 426: this PC's app speaks an older protocol than the server. */
  | 'sync.outdated'
  /** A 2xx answer that is not the JSON the protocol promises. */
  | 'sync.bad-response'

export class TransportError extends Error {
  constructor(
    readonly code: TransportErrorCode,
    message: string,
    readonly status?: number,
    /** The server's stable refusal code (ErrorBody.code), e.g. 'pc-ingetrokken'. */
    readonly serverCode?: string,
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

/** Network errors and 5xx are worth another try; a 4xx is an answer. */
export function isRetryable(error: unknown): boolean {
  return error instanceof TransportError && (error.code === 'sync.offline' || error.code === 'sync.server')
}

/** The `code` of an ErrorBody, when the text is one. */
export function serverCodeOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (parsed && typeof parsed === 'object' && 'code' in parsed && typeof parsed.code === 'string') return parsed.code
  } catch {
    // not JSON: no code
  }
  return undefined
}

/** The server's answers that mean "this PC's device token is no longer accepted" (revoked, or unknown to it). */
export function isDeviceRevocation(status: number | undefined, serverCode: string | undefined): boolean {
  return (status === 403 && serverCode === 'pc-ingetrokken') || (status === 401 && serverCode === 'pc-onbekend')
}
